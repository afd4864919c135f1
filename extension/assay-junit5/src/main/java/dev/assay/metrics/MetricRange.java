package dev.assay.metrics;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code MetricRange} is used to know the values a metric can take, so an interval built from a
 * symmetric approximation (a Student-t interval across folds) never claims values the metric cannot
 * have: no negative MSE, no R² above 1.
 *
 * <pre>{@code
 * MetricRange r = MetricRange.of("r2");   // [-inf, 1]
 * r.clamp(1.021);                          // 1.0
 * }</pre>
 *
 * @param low the smallest possible value (may be −∞)
 * @param high the largest possible value (may be +∞)
 */
@API(status = INTERNAL, since = "0.1")
public record MetricRange(double low, double high) {

    private static final MetricRange UNIT = new MetricRange(0, 1);
    private static final MetricRange CORRELATION = new MetricRange(-1, 1);
    private static final MetricRange NON_NEGATIVE = new MetricRange(0, Double.POSITIVE_INFINITY);
    private static final MetricRange PERCENT = new MetricRange(0, 100);
    private static final MetricRange ANY = new MetricRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    private static final Set<String> CORRELATIONS = Set.of("mcc", "cohen_kappa", "pearson", "spearman", "kendall");
    private static final Set<String> NON_NEGATIVES = Set.of("mae", "mse", "rmse", "mape", "log_loss", "wer", "cer",
            "throughput_per_s", "tokens_per_s");

    /** The range of a known metric ({@link MetricCatalog}); unbounded for recorded scores and unknown names. */
    public static MetricRange of(String metric) {
        String name = metric.startsWith(MetricCatalog.CATEGORY_PREFIX)
                ? metric.substring(MetricCatalog.CATEGORY_PREFIX.length()) : metric;
        if (MetricCatalog.isScoreMetric(name) || !MetricCatalog.isKnown(metric)) {
            return ANY;
        }
        if (name.equals("r2")) {
            return new MetricRange(Double.NEGATIVE_INFINITY, 1);
        }
        if (name.equals("bleu") || name.equals("chrf")) {
            return PERCENT;
        }
        if (CORRELATIONS.contains(name)) {
            return CORRELATION;
        }
        if (NON_NEGATIVES.contains(name) || name.startsWith("latency_") || name.startsWith("ttft_")) {
            return NON_NEGATIVE;
        }
        // Rates, shares, precision/recall/F1 (overall and per label), AUC, Brier, ECE, Hamming loss.
        return UNIT;
    }

    /** {@code value} moved into the range (NaN stays NaN). */
    public double clamp(double value) {
        return Double.isNaN(value) ? value : Math.max(low, Math.min(high, value));
    }
}
