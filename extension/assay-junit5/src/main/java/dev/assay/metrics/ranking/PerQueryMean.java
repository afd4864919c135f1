package dev.assay.metrics.ranking;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.metrics.SampleMetric;
import org.apiguardian.api.API;

/**
 * {@code PerQueryMean} is used to evaluate a ranking metric on a sample of queries: the mean of the
 * per-query values computed at bind time. Comparisons read {@link #perQuery()} for their paired
 * tests, the way they read per-case errors for {@code mae}.
 */
@API(status = INTERNAL, since = "0.1")
public final class PerQueryMean implements SampleMetric {

    private final double[] values;
    private final boolean binary;

    PerQueryMean(double[] values, boolean binary) {
        this.values = values;
        this.binary = binary;
    }

    @Override
    public double compute(int[] rows) {
        if (rows.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int row : rows) {
            sum += values[row];
        }
        return sum / rows.length;
    }

    /** The value of each query, in row order (a copy). */
    public double[] perQuery() {
        return values.clone();
    }

    /** Whether every per-query value is 0 or 1 by definition ({@code hit_rate@K}): a paired test of proportions fits. */
    public boolean binary() {
        return binary;
    }
}
