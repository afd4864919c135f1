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
 * {@code @Baseline} is used to compare every model of a benchmark with the results stored in the
 * repository by an earlier run, so a change that makes a model worse fails the build.
 *
 * <p>Each model gets a node {@code baseline › MODEL} after its summary. A metric regresses when
 * this run's value is worse than the stored one (in the metric's better direction) by more than
 * the allowance, {@code max(tolerance, relativeTolerance × |stored value|)}, and — where the
 * stored baseline keeps its per-case results ({@link #cases()}) — the paired test of
 * {@link Compare @Compare} (McNemar, Wilcoxon, paired t or paired bootstrap, Holm-adjusted over the
 * model's metrics) says the drop is significant. Without per-case results only the allowance
 * decides. The node fails with the stored value, the new value, the interval and the p-value.
 *
 * <p>Run once with the configuration parameter {@code assay.baseline.update=true} to write (or
 * rewrite) the file, then commit it:
 * <pre>{@code
 * @Benchmark("medical-sentiment")
 * @Baseline(value = "fixtures/baselines/medical-sentiment.json", tolerance = 0.02)
 * class MedicalSentimentBenchmark { ... }
 *
 * mvn test -Dtest=MedicalSentimentBenchmark -Dassay.baseline.update=true
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Baseline {

    /** The stored baseline's path, relative to the project root ({@code fixtures/baselines/NAME.json}). */
    String value();

    /** How much worse, in the metric's own units, a metric may be before it regresses. */
    double tolerance() default 0.0;

    /** How much worse, as a fraction of the stored value, a metric may be before it regresses. */
    double relativeTolerance() default 0.0;

    /**
     * The metrics checked; empty for {@code success_rate} and every quality metric the stored
     * baseline holds (latency and throughput only when named here: they depend on the machine).
     */
    String[] metrics() default {};

    /** Whether the stored baseline keeps per-case results (expected, predicted, status), for paired tests. */
    boolean cases() default true;
}
