package dev.assay.metrics;

/**
 * Per-class counts of one sample: everything the confusion-matrix metrics need, without the
 * k-by-k matrix itself. Formulas follow scikit-learn 1.2 line by line so results agree to the
 * last bits, with {@code zero_division=0}.
 */
final class ClassCounts {

    final int n;
    final int correct;
    final int[] truePositives;
    final int[] predicted;
    final int[] actual;

    private ClassCounts(int n, int correct, int[] truePositives, int[] predicted, int[] actual) {
        this.n = n;
        this.correct = correct;
        this.truePositives = truePositives;
        this.predicted = predicted;
        this.actual = actual;
    }

    static ClassCounts of(int[] expected, int[] predictedCodes, int k, int[] rows) {
        int[] tp = new int[k];
        int[] pred = new int[k];
        int[] act = new int[k];
        int correct = 0;
        for (int row : rows) {
            int e = expected[row];
            int p = predictedCodes[row];
            act[e]++;
            pred[p]++;
            if (e == p) {
                tp[e]++;
                correct++;
            }
        }
        return new ClassCounts(rows.length, correct, tp, pred, act);
    }

    int classes() {
        return actual.length;
    }

    /** sklearn with labels=None only averages over labels that occur in the sample. */
    boolean present(int c) {
        return actual[c] > 0 || predicted[c] > 0;
    }

    double accuracy() {
        return (double) correct / n;
    }

    /** Mean recall over the classes that were expected in the sample. */
    double balancedAccuracy() {
        double sum = 0;
        int classes = 0;
        for (int c = 0; c < classes(); c++) {
            if (actual[c] > 0) {
                sum += (double) truePositives[c] / actual[c];
                classes++;
            }
        }
        return sum / classes;
    }

    double precision(int c) {
        return divide(truePositives[c], predicted[c]);
    }

    double recall(int c) {
        return divide(truePositives[c], actual[c]);
    }

    double f1(int c) {
        return f1(precision(c), recall(c));
    }

    double microPrecision() {
        return divide(correct, n);
    }

    double microRecall() {
        return divide(correct, n);
    }

    double microF1() {
        return f1(microPrecision(), microRecall());
    }

    double macro(PerClass metric) {
        double sum = 0;
        int classes = 0;
        for (int c = 0; c < classes(); c++) {
            if (present(c)) {
                sum += metric.of(this, c);
                classes++;
            }
        }
        return sum / classes;
    }

    /** Average weighted by support, as {@code np.average(values, weights=true_sum)}. */
    double weighted(PerClass metric) {
        double sum = 0;
        double weights = 0;
        for (int c = 0; c < classes(); c++) {
            if (present(c)) {
                sum += metric.of(this, c) * actual[c];
                weights += actual[c];
            }
        }
        return sum / weights;
    }

    /** sklearn {@code matthews_corrcoef}: 0 when either marginal is constant. */
    double mcc() {
        double samples = n;
        double tDotP = 0;
        double pDotP = 0;
        double tDotT = 0;
        for (int c = 0; c < classes(); c++) {
            tDotP += (double) actual[c] * predicted[c];
            pDotP += (double) predicted[c] * predicted[c];
            tDotT += (double) actual[c] * actual[c];
        }
        double covYtYp = correct * samples - tDotP;
        double covYpYp = samples * samples - pDotP;
        double covYtYt = samples * samples - tDotT;
        if (covYpYp * covYtYt == 0) {
            return 0.0;
        }
        return covYtYp / Math.sqrt(covYtYt * covYpYp);
    }

    /** sklearn {@code cohen_kappa_score}, unweighted: NaN when chance agreement is total. */
    double cohenKappa() {
        double observed = n - correct;
        // The expected disagreement sums predicted[i] * actual[j] / n over i != j; summing over j first
        // gives predicted[i] * (n - actual[i]), an exact integer, so the cost is O(labels), not O(labels²),
        // and the only rounding is the one division.
        long disagreeing = 0;
        for (int c = 0; c < classes(); c++) {
            disagreeing += (long) predicted[c] * (n - actual[c]);
        }
        double chance = (double) disagreeing / n;
        return 1 - observed / chance;
    }

    static double f1(double precision, double recall) {
        double denominator = precision + recall;
        return denominator == 0.0 ? 0.0 : 2 * precision * recall / denominator;
    }

    private static double divide(int numerator, int denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }

    /** A per-class value to average. */
    @FunctionalInterface
    interface PerClass {
        double of(ClassCounts counts, int c);
    }
}
