package dev.assay.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code BenchmarkCase} is used to read one case of a {@link CaseSource @CaseSource} inside a
 * {@link BenchmarkTest @BenchmarkTest} method: its id, inputs, expected value and tags.
 *
 * <p>Values keep their JSON types ({@code String}, {@code Long}, {@code Double}, {@code Boolean},
 * {@code List}, {@code Map}); CSV and TSV values are strings that the typed getters parse.
 *
 * <pre>{@code
 * String resume = c.text("resume");
 * double[] features = c.numbers("years", "skills_matched");
 * double truth = c.expectedNumber();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface BenchmarkCase {

    /** The case's id, unique within its dataset. */
    String id();

    /** Which round this call is (0 for the first). */
    int round();

    /** The expected value as read from the dataset. */
    Object expected();

    /** The expected value as text (a label, a reference text). */
    String expectedText();

    /** The expected value as a number. */
    double expectedNumber();

    /** The expected value as a list of labels (multilabel cases). */
    List<String> expectedLabels();

    /** Every input field by name, in file order. */
    Map<String, Object> inputs();

    /**
     * One input field.
     *
     * @throws IllegalArgumentException naming the fields the case has, when it has no field {@code name}
     */
    Object input(String name);

    /** One input field as text. */
    String text(String name);

    /** One input field as a number. */
    double number(String name);

    /** Several numeric input fields, in the order named: a feature vector. */
    double[] numbers(String... names);

    /** The case's tags (for example {@code category=Poor}), in file order. */
    Map<String, String> tags();

    /** Where the case came from, for messages: {@code fixtures/datasets/x.jsonl:12}. */
    String location();
}
