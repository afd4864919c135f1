package dev.assay.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.assay.junit.BenchmarkInvocationProvider;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
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
 *
 * <p>For throughput benchmarks, {@link #batch()} hands the method several cases at once as a
 * {@link CaseBatch}, so one model call serves them all (one node per batch, one record per case):
 *
 * <pre>{@code
 * @BenchmarkTest(model = "minilm-int8", task = Task.REGRESSION, batch = 8)
 * void int8(CaseBatch batch, @Onnx("model.onnx") OrtSession session) throws Exception {
 *     double[] scores = score(session, batch.texts("a"), batch.texts("b"));
 *     for (int i = 0; i < batch.size(); i++) {
 *         batch.outcome(i).predict(scores[i]);
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(BenchmarkInvocationProvider.class)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface BenchmarkTest {

    /** The model's name, as journals, summaries and reports show it. */
    String model();

    /** The kind of prediction; {@link Task#AUTO} infers it from the dataset's expected values. */
    Task task() default Task.AUTO;

    /** How many times each case runs (for models that are not deterministic); each round is recorded. */
    int rounds() default 1;

    /** Calls made before measuring, on the first cases, to warm up JIT, caches and connections; not recorded. */
    int warmup() default 0;

    /**
     * Cases per call. 1 (the default): the method takes a {@link BenchmarkCase} and an {@link Outcome}
     * and each case is its own node. More: the method takes a {@link CaseBatch} of up to that many
     * cases of one round, in dataset order, each node is a batch, and each case is still recorded on
     * its own; its {@code latency_ms} is its share of the batch's time unless the method sets one.
     */
    int batch() default 1;
}
