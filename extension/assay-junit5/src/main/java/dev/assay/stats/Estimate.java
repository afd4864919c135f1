package dev.assay.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * {@code Estimate} is used to pair a point estimate with its confidence interval, the unit a
 * summary reports as {@code value}, {@code ci_low}, {@code ci_high}.
 *
 * <pre>{@code
 * Estimate accuracy = new Estimate(0.81, Wilson.interval(81, 100, 0.95));
 * }</pre>
 *
 * @param value the point estimate, computed on the full sample
 * @param interval its confidence interval
 */
@API(status = INTERNAL, since = "0.1")
public record Estimate(double value, Interval interval) {

    public Estimate {
        Objects.requireNonNull(interval, "interval");
    }
}
