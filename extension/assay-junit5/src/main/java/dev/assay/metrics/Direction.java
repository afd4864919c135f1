package dev.assay.metrics;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * {@code Direction} is used to say which way a metric improves, so thresholds, comparisons and
 * baselines can tell "better" from "worse" without knowing the metric.
 */
@API(status = INTERNAL, since = "0.1")
public enum Direction {
    /** Larger values are better ({@code accuracy}, {@code r2}, {@code throughput_per_s}). */
    HIGHER_IS_BETTER,
    /** Smaller values are better ({@code mae}, {@code log_loss}, {@code latency_p95_ms}). */
    LOWER_IS_BETTER
}
