package dev.assay.metrics;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * {@code MultinomialMetric} is used to mark a metric that is a smooth function of the cell
 * probabilities of a multinomial over the bound data (a confusion matrix), so an estimator can put
 * a likelihood-based interval on it instead of resampling: the value on the data is the function
 * at the observed cell shares, {@code valueAt(cellCounts() / n)}.
 *
 * <pre>{@code
 * MultinomialMetric f1 = (MultinomialMetric) ClassificationMetrics.bind(e, p, null, null).get("f1_macro");
 * double[] counts = f1.cellCounts();     // k × k, row = expected label, column = predicted
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public interface MultinomialMetric extends SampleMetric {

    /** The count of each cell over every bound row. */
    double[] cellCounts();

    /** The metric at cell probabilities {@code p} (positive, summing to 1). */
    double valueAt(double[] p);

    /** Writes ∂metric/∂p_k into {@code out[k]} for every cell. */
    void gradientAt(double[] p, double[] out);
}
