package dev.assay.metrics;

import java.util.Arrays;

/**
 * The per-label metrics of single-label classification as one family: members
 * {@code 3c, 3c + 1, 3c + 2} are {@code precision}, {@code recall} and {@code f1} of label
 * {@code c}. One {@link ClassCounts} per sample serves all of them, so a bootstrap resample costs
 * O(rows + labels) however many labels there are.
 */
final class PerLabelCounts implements MetricFamily {

    /** Metrics per label, in the order the members are numbered. */
    static final int PER_LABEL = 3;

    private final int[] expected;
    private final int[] predicted;
    private final int k;

    PerLabelCounts(int[] expected, int[] predicted, int k) {
        this.expected = expected;
        this.predicted = predicted;
        this.k = k;
    }

    @Override
    public int size() {
        return PER_LABEL * k;
    }

    @Override
    public double compute(int[] rows, int member) {
        return rows.length == 0 ? Double.NaN : value(ClassCounts.of(expected, predicted, k, rows), member);
    }

    @Override
    public void computeAll(int[] rows, double[] values) {
        if (rows.length == 0) {
            Arrays.fill(values, 0, size(), Double.NaN);
            return;
        }
        ClassCounts counts = ClassCounts.of(expected, predicted, k, rows);
        // Label by label rather than member by member: f1 reuses the label's precision and recall,
        // the same doubles ClassCounts.f1 would compute again.
        for (int c = 0; c < k; c++) {
            double precision = counts.precision(c);
            double recall = counts.recall(c);
            values[PER_LABEL * c] = precision;
            values[PER_LABEL * c + 1] = recall;
            values[PER_LABEL * c + 2] = ClassCounts.f1(precision, recall);
        }
    }

    private static double value(ClassCounts counts, int member) {
        int label = member / PER_LABEL;
        return switch (member % PER_LABEL) {
            case 0 -> counts.precision(label);
            case 1 -> counts.recall(label);
            default -> counts.f1(label);
        };
    }
}
