package dev.assay.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * {@code @Threshold} is used to declare a bound a model's metric must meet: the model's summary
 * node fails when the metric's value is below {@link #min()} or above {@link #max()}.
 *
 * <p>Repeatable; at least one bound is required. Metric names are those of DESIGN.md and the
 * README ({@code accuracy}, {@code f1_macro}, {@code mae}, {@code latency_p95_ms}, …).
 *
 * <pre>{@code
 * @Threshold(metric = "mae", max = 12)
 * @Threshold(metric = "pearson", min = 0.6, model = "ridge")
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(Thresholds.class)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Threshold {

    /** The metric's name. */
    String metric();

    /** The smallest acceptable value; unset (NaN) for none. */
    double min() default Double.NaN;

    /** The largest acceptable value; unset (NaN) for none. */
    double max() default Double.NaN;

    /** The model it applies to; empty for every model of the benchmark. */
    String model() default "";
}
