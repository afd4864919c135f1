package dev.assay.metrics;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code RegressionMetrics} is used to bind the regression metrics to a benchmark's expected and
 * predicted numbers, for evaluation on any sample of rows.
 *
 * <p>Each value equals scikit-learn 1.2 / scipy 1.10 applied to {@code expected[rows]} and
 * {@code predicted[rows]}: {@code mae}, {@code mse}, {@code rmse} ({@code squared=False}),
 * {@code r2}, {@code mape} (a fraction: mean of {@code |y - p| / max(|y|, eps)}, eps = 2^-52),
 * {@code pearson} ({@code pearsonr}), {@code spearman} ({@code spearmanr}, average ranks for ties)
 * and {@code kendall} ({@code kendalltau}, tau-b, O(n log n)).
 *
 * <p>Undefined values are NaN: every metric of an empty sample; {@code r2} when the expected
 * values are constant (scikit-learn's {@code force_finite=False} case, where it would otherwise
 * report 1.0 or 0.0); the correlations with fewer than two rows or a constant side. Values must be
 * finite. Ranks are fixed at bind time, so a sample of a million rows is ranked by counting,
 * not sorting.
 *
 * <pre>{@code
 * Map<String, SampleMetric> metrics = RegressionMetrics.bind(expected, predicted);
 * double kendall = metrics.get("kendall").compute(rows);
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class RegressionMetrics {

    /** scikit-learn's floor for {@code |y|} in {@code mape}: {@code np.finfo(np.float64).eps}. */
    static final double MAPE_EPS = Math.ulp(1.0);

    private RegressionMetrics() {
    }

    /**
     * Binds the regression metrics to the given data.
     *
     * @param expected the expected value per row
     * @param predicted the predicted value per row
     * @return metric name to metric, in the order listed above
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static Map<String, SampleMetric> bind(double[] expected, double[] predicted) {
        ClassificationMetrics.requireSameLength(expected.length, predicted.length, "predicted");
        double[] e = expected.clone();
        double[] p = predicted.clone();
        int n = e.length;
        double[] absoluteError = new double[n];
        double[] squaredError = new double[n];
        double[] percentageError = new double[n];
        for (int i = 0; i < n; i++) {
            double error = e[i] - p[i];
            absoluteError[i] = Math.abs(error);
            squaredError[i] = error * error;
            percentageError[i] = Math.abs(error) / Math.max(Math.abs(e[i]), MAPE_EPS);
        }
        DenseRanks expectedRanks = DenseRanks.of(e);
        DenseRanks predictedRanks = DenseRanks.of(p);
        KendallTau kendall = new KendallTau(expectedRanks, predictedRanks);

        Map<String, SampleMetric> metrics = new LinkedHashMap<>();
        metrics.put("mae", rows -> SampleMetrics.mean(absoluteError, rows));
        metrics.put("mse", rows -> SampleMetrics.mean(squaredError, rows));
        metrics.put("rmse", rows -> Math.sqrt(SampleMetrics.mean(squaredError, rows)));
        metrics.put("r2", rows -> r2(e, squaredError, rows));
        metrics.put("mape", rows -> SampleMetrics.mean(percentageError, rows));
        metrics.put("pearson", rows -> Correlation.pearson(gather(e, rows), gather(p, rows)));
        metrics.put("spearman", rows -> Correlation.pearson(
                expectedRanks.averageRanks(rows), predictedRanks.averageRanks(rows)));
        metrics.put("kendall", kendall::compute);
        return SampleMetrics.nanWhenEmpty(metrics);
    }

    private static double r2(double[] expected, double[] squaredError, int[] rows) {
        double mean = 0;
        for (int row : rows) {
            mean += expected[row];
        }
        mean /= rows.length;
        double residual = 0;
        double total = 0;
        for (int row : rows) {
            residual += squaredError[row];
            double deviation = expected[row] - mean;
            total += deviation * deviation;
        }
        return total == 0 ? Double.NaN : 1 - residual / total;
    }

    private static double[] gather(double[] values, int[] rows) {
        double[] gathered = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            gathered[i] = values[rows[i]];
        }
        return gathered;
    }
}
