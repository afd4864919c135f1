package dev.assay.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * {@code @CaseSource} is used to name the dataset a {@link Benchmark @Benchmark} runs: a JSONL,
 * CSV or TSV file (GLUE-style TSV included), one case per line or row.
 *
 * <p>Each case has an id, an expected value and inputs. By default the id is the {@code id}
 * field, the expected value the {@code expected} field, the tags the {@code tags} object (JSONL)
 * and the inputs every other field. Files without an id column get ids from their row numbers
 * ({@code row_0001}). The path is relative to the project root (the folder holding the top-level
 * {@code pom.xml}), or absolute, or a classpath resource.
 *
 * <pre>{@code
 * @CaseSource(value = "fixtures/datasets/sst2-dev.tsv", expected = "label")
 * @CaseSource(value = "fixtures/datasets/cases.csv", id = "case_id", expected = "score", tags = {"category"})
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@API(status = EXPERIMENTAL, since = "0.1")
public @interface CaseSource {

    /** Path of the dataset file: relative to the project root, absolute, or a classpath resource. */
    String value();

    /** The file's format; {@link Format#AUTO} picks it from the file extension. */
    Format format() default Format.AUTO;

    /** The field holding each case's id; when the file has no such field, ids come from row numbers. */
    String id() default "id";

    /** The field holding each case's expected value (its label, score, labels, text or JSON). */
    String expected() default "expected";

    /** The fields that are the model's inputs; empty: every field except the id, expected and tag fields. */
    String[] inputs() default {};

    /**
     * The fields whose values become case tags (shown in test names and reports, used to slice
     * metrics). Empty: the {@code tags} object of a JSONL line, if any.
     */
    String[] tags() default {};

    /** In CSV and TSV files, the separator between the labels of a multilabel expected value. */
    String labelSeparator() default "|";

    /** Dataset file formats. */
    enum Format {
        /** Chosen from the file extension: {@code .jsonl}/{@code .ndjson}, {@code .csv}, {@code .tsv}. */
        AUTO,
        /** One JSON object per line. */
        JSONL,
        /** Comma-separated values with a header row; RFC 4180 quoting. */
        CSV,
        /** Tab-separated values with a header row and no quoting, as GLUE's files are written. */
        TSV
    }
}
