package dev.assay.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * {@code @CaseThreshold} is used to fail individual cases: each case node whose value is below
 * {@link #min()} or above {@link #max()} fails, with the case's value in the message.
 *
 * <p>The value is {@code latency_ms}, {@code absolute_error} (regression), {@code correct}
 * (1 or 0; classification and multilabel), or a per-case score recorded with
 * {@link Outcome#score(String, double)}. Put it on the benchmark class (every model) or on one
 * {@link BenchmarkTest @BenchmarkTest} method.
 *
 * <pre>{@code
 * @CaseThreshold(metric = "absolute_error", max = 30)
 * @CaseThreshold(metric = "judge", min = 3)
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(CaseThresholds.class)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface CaseThreshold {

    /** {@code latency_ms}, {@code absolute_error}, {@code correct} or a per-case score's name. */
    String metric();

    /** The smallest acceptable value; unset (NaN) for none. */
    double min() default Double.NaN;

    /** The largest acceptable value; unset (NaN) for none. */
    double max() default Double.NaN;
}
