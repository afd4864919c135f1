package dev.assay.metrics;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * {@code SampleMetric} is used to evaluate one metric on a sample of cases, given as row indices
 * into the data the metric was bound to.
 *
 * <p>Rows may repeat, as in a bootstrap resample; the metric treats {@code rows} exactly like the
 * scikit-learn / scipy function applied to {@code expected[rows]} and {@code predicted[rows]}.
 * Implementations never modify {@code rows}, keep no state between calls and are safe to call
 * from several threads. A value that is undefined for the sample (an empty sample, r2 of a
 * constant, a correlation with zero variance) is {@link Double#NaN}.
 *
 * <pre>{@code
 * Map<String, SampleMetric> metrics = RegressionMetrics.bind(expected, predicted);
 * double mae = metrics.get("mae").compute(IntStream.range(0, expected.length).toArray());
 * }</pre>
 */
@FunctionalInterface
@API(status = INTERNAL, since = "0.1")
public interface SampleMetric {

    /**
     * The metric over the given rows.
     *
     * @param rows row indices into the bound data; may repeat, never modified
     * @return the metric value, or {@link Double#NaN} when it is undefined for this sample
     */
    double compute(int[] rows);
}
