package dev.assay.metrics;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * {@code MacroAverage} is used to bind {@code precision_macro}, {@code recall_macro} and
 * {@code f1_macro} of a single-label classification as {@link MultinomialMetric}s: the unweighted
 * mean over labels of a per-label ratio of confusion-matrix cells. On a sample of rows it is
 * scikit-learn's {@code average="macro"} with {@code zero_division=0} (labels that occur in the
 * sample); as a function of the cell probabilities of the bound data's k-by-k matrix it is the same
 * mean over all k labels, with a gradient, so a profile-likelihood interval can be put on it.
 *
 * <pre>{@code
 * SampleMetric f1 = MacroAverage.F1.bind(expectedCodes, predictedCodes, k);
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public enum MacroAverage {

    /** Cell (c, c) over column c: predicted c and right. */
    PRECISION(0, 1),
    /** Cell (c, c) over row c: expected c and found. */
    RECALL(1, 0),
    /** {@code 2 (c, c) / (row c + column c)}, the harmonic mean of the two. */
    F1(0.5, 0.5);

    /** The label's denominator is {@code rowWeight · row c + columnWeight · column c}. */
    private final double rowWeight;
    private final double columnWeight;

    MacroAverage(double rowWeight, double columnWeight) {
        this.rowWeight = rowWeight;
        this.columnWeight = columnWeight;
    }

    /**
     * The metric bound to encoded labels.
     *
     * @param expected each row's expected label, {@code 0..k-1}
     * @param predicted each row's predicted label, {@code 0..k-1}
     * @param k the number of labels
     */
    public MultinomialMetric bind(int[] expected, int[] predicted, int k) {
        return new Bound(this, expected, predicted, k);
    }

    private double denominator(double row, double column) {
        return rowWeight * row + columnWeight * column;
    }

    private double ofCounts(ClassCounts counts, int c) {
        return switch (this) {
            case PRECISION -> counts.precision(c);
            case RECALL -> counts.recall(c);
            case F1 -> counts.f1(c);
        };
    }

    private static final class Bound implements MultinomialMetric {

        private final MacroAverage kind;
        private final int[] expected;
        private final int[] predicted;
        private final int k;

        Bound(MacroAverage kind, int[] expected, int[] predicted, int k) {
            this.kind = kind;
            this.expected = expected;
            this.predicted = predicted;
            this.k = k;
        }

        @Override
        public double compute(int[] rows) {
            return rows.length == 0 ? Double.NaN
                    : ClassCounts.of(expected, predicted, k, rows).macro(kind::ofCounts);
        }

        @Override
        public double[] cellCounts() {
            double[] cells = new double[k * k];
            for (int row = 0; row < expected.length; row++) {
                cells[expected[row] * k + predicted[row]]++;
            }
            return cells;
        }

        @Override
        public double valueAt(double[] p) {
            double[] rows = new double[k];
            double[] columns = new double[k];
            totals(p, rows, columns);
            double sum = 0;
            for (int c = 0; c < k; c++) {
                double denominator = kind.denominator(rows[c], columns[c]);
                sum += denominator == 0 ? 0 : p[c * k + c] / denominator;
            }
            return sum / k;
        }

        @Override
        public void gradientAt(double[] p, double[] out) {
            double[] rows = new double[k];
            double[] columns = new double[k];
            totals(p, rows, columns);
            Arrays.fill(out, 0);
            for (int c = 0; c < k; c++) {
                double d = p[c * k + c];
                // value = d / denominator, the denominator a weighted sum of row c and column c.
                double denominator = kind.denominator(rows[c], columns[c]);
                if (denominator == 0) {
                    continue;
                }
                double shrink = -d / (denominator * denominator);
                for (int j = 0; j < k; j++) {
                    out[c * k + j] += kind.rowWeight * shrink / k;
                    out[j * k + c] += kind.columnWeight * shrink / k;
                }
                out[c * k + c] += 1 / denominator / k;
            }
        }

        private void totals(double[] p, double[] rows, double[] columns) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    rows[i] += p[i * k + j];
                    columns[j] += p[i * k + j];
                }
            }
        }
    }
}
