package dev.assay.api;

import dev.assay.junit.BenchmarkInvocationProvider;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @BenchmarkTest} is used to declare the method that runs one model on one case. Assay
 * calls it once per case &times; round, each call its own test node ({@code ridge › test_003 (Poor)}),
 * then adds a summary node that checks the model's thresholds.
 *
 * <p>The method takes a {@link BenchmarkCase} and an {@link Outcome}, plus whatever resources it
 * needs ({@code @Onnx OrtSession}, {@code @Provider ChatClient}). A wrong prediction does not fail
 * the node; an exception marks the case broken and is recorded in the journal.
 *
 * <pre>{@code
 * @BenchmarkTest(model = "ridge", task = Task.REGRESSION, warmup = 2)
 * void ridge(BenchmarkCase c, Outcome out) {
 *     out.predict(model.predict(c.numbers("years", "skills")));
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(BenchmarkInvocationProvider.class)
public @interface BenchmarkTest {

    /** The model's name, as journals, summaries and reports show it. */
    String model();

    /** The kind of prediction; {@link Task#AUTO} infers it from the dataset's expected values. */
    Task task() default Task.AUTO;

    /** How many times each case runs (for models that are not deterministic); each round is recorded. */
    int rounds() default 1;

    /** Calls made before measuring, on the first cases, to warm up JIT, caches and connections; not recorded. */
    int warmup() default 0;
}
