package dev.assay.metrics;

/**
 * Scores for one positive class against the rest, ranked once at bind time, giving scikit-learn's
 * {@code roc_auc_score} and {@code average_precision_score} for any sample in linear time: a
 * sample only counts positives and negatives per distinct score and sweeps the thresholds from
 * the highest score down, as {@code _binary_clf_curve} does.
 */
final class BinaryScores {

    private final DenseRanks scores;
    private final boolean[] positive;

    BinaryScores(double[] scores, boolean[] positive) {
        this.scores = DenseRanks.of(scores);
        this.positive = positive;
    }

    /** Area under the ROC curve (trapezoidal, ties as one threshold); NaN unless both classes occur. */
    double rocAuc(int[] rows) {
        int[][] counts = countsPerScore(rows);
        int[] pos = counts[0];
        int[] neg = counts[1];
        long tp = 0;
        long fp = 0;
        long twiceArea = 0; // exact in long: at most 2 * positives * negatives
        for (int g = scores.groups - 1; g >= 0; g--) {
            long tpBefore = tp;
            long fpBefore = fp;
            tp += pos[g];
            fp += neg[g];
            twiceArea += (fp - fpBefore) * (tp + tpBefore);
        }
        if (tp == 0 || fp == 0) {
            return Double.NaN;
        }
        return twiceArea / (2.0 * tp * fp);
    }

    /**
     * Average precision: the sum over thresholds of the recall gained times the precision there.
     * With no positive in the sample scikit-learn's recall is 1 everywhere and the result 0.
     */
    double averagePrecision(int[] rows) {
        int[][] counts = countsPerScore(rows);
        int[] pos = counts[0];
        int[] neg = counts[1];
        long positives = 0;
        for (int c : pos) {
            positives += c;
        }
        if (positives == 0) {
            return 0.0;
        }
        long tp = 0;
        long fp = 0;
        double sum = 0;
        for (int g = scores.groups - 1; g >= 0; g--) {
            tp += pos[g];
            fp += neg[g];
            if (pos[g] > 0) {
                sum += ((double) pos[g] / positives) * ((double) tp / (tp + fp));
            }
        }
        return sum;
    }

    private int[][] countsPerScore(int[] rows) {
        int[] pos = new int[scores.groups];
        int[] neg = new int[scores.groups];
        int[] group = scores.group;
        for (int row : rows) {
            if (positive[row]) {
                pos[group[row]]++;
            } else {
                neg[group[row]]++;
            }
        }
        return new int[][] {pos, neg};
    }
}
