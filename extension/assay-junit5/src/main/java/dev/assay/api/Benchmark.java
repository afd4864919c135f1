package dev.assay.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.assay.junit.AssayExtension;
import dev.assay.junit.BenchmarkMethodOrderer;
import dev.assay.junit.CorpusResolver;
import dev.assay.secrets.MaskedFailures;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @Benchmark} is used to declare that a test class is a model benchmark: its
 * {@link BenchmarkTest @BenchmarkTest} methods run once per case of its {@link CaseSource @CaseSource},
 * every case is recorded in the run journal, and each model's metrics are checked against the
 * class's {@link Threshold @Threshold}s.
 *
 * <pre>{@code
 * @Benchmark("resume-scoring")
 * @CaseSource("fixtures/datasets/resume-scoring.jsonl")
 * @Threshold(metric = "mae", max = 12)
 * class ResumeScoringBenchmark {
 *     @BenchmarkTest(model = "keywords", task = Task.REGRESSION)
 *     void keywords(BenchmarkCase c, Outcome out) { out.predict(score(c.text("resume"))); }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
// Only the core: resource annotations (@Onnx, @Provider) register their own resolvers, so a
// project that does not use them does not need their artifacts. MaskedFailures keeps secrets out
// of the failures JUnit reports.
@ExtendWith({AssayExtension.class, MaskedFailures.class, CorpusResolver.class})
@TestMethodOrder(BenchmarkMethodOrderer.class)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Benchmark {

    /** The benchmark's name, as journals, summaries and reports show it ({@code "resume-scoring"}). */
    String value();

    /**
     * For binary classification, the label that counts as positive (for ROC AUC, average precision
     * and Brier score). Empty: the label that sorts last, as scikit-learn orders labels.
     */
    String positiveLabel() default "";
}
