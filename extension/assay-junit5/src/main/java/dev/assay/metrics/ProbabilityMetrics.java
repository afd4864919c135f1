package dev.assay.metrics;

import java.util.List;
import java.util.Map;

/**
 * The probability-based classification metrics ({@code roc_auc}, {@code average_precision},
 * {@code log_loss}, {@code brier}, {@code ece}). Per-row losses and calibration data are computed
 * once at bind time, so a sample only averages or bins them.
 */
final class ProbabilityMetrics {

    /** sklearn's {@code log_loss(eps="auto")} clips to machine epsilon of float64. */
    static final double LOG_LOSS_EPS = Math.ulp(1.0);

    /** Bins of the expected calibration error, equal width over [0, 1]. */
    static final int ECE_BINS = 10;

    private final int[] expected;
    private final int classes;
    private final double[] logLoss;
    private final double[] brier;
    private final double[] confidence;
    private final byte[] bin;
    private final boolean[] topLabelCorrect;
    private final BinaryScores binary;
    private final BinaryScores[] oneVsRest;

    private ProbabilityMetrics(int[] expected, int classes, double[] probabilities, int positive,
            double[] positiveScores) {
        this.expected = expected;
        this.classes = classes;
        int n = expected.length;
        this.logLoss = new double[n];
        this.confidence = new double[n];
        this.bin = new byte[n];
        this.topLabelCorrect = new boolean[n];
        for (int row = 0; row < n; row++) {
            logLoss[row] = rowLogLoss(probabilities, row);
            calibrate(probabilities, row);
        }
        if (positiveScores != null) {
            boolean[] isPositive = new boolean[n];
            this.brier = new double[n];
            for (int row = 0; row < n; row++) {
                isPositive[row] = expected[row] == positive;
                double miss = (isPositive[row] ? 1.0 : 0.0) - positiveScores[row];
                brier[row] = miss * miss;
            }
            this.binary = new BinaryScores(positiveScores, isPositive);
            this.oneVsRest = null;
        } else {
            this.brier = new double[n];
            for (int row = 0; row < n; row++) {
                double sum = 0;
                for (int c = 0; c < classes; c++) {
                    double miss = (expected[row] == c ? 1.0 : 0.0) - probabilities[row * classes + c];
                    sum += miss * miss;
                }
                brier[row] = sum;
            }
            this.binary = null;
            this.oneVsRest = new BinaryScores[classes];
            for (int c = 0; c < classes; c++) {
                double[] column = new double[n];
                boolean[] isClass = new boolean[n];
                for (int row = 0; row < n; row++) {
                    column[row] = probabilities[row * classes + c];
                    isClass[row] = expected[row] == c;
                }
                oneVsRest[c] = new BinaryScores(column, isClass);
            }
        }
    }

    /**
     * Adds the probability metrics to {@code metrics}, or nothing when any row lacks probabilities.
     * A label missing from a row's map has probability 0.
     */
    static void addTo(Map<String, SampleMetric> metrics, int[] expected, List<String> labels,
            Map<String, Double>[] probabilities, String positiveLabel) {
        if (probabilities == null) {
            return;
        }
        for (Map<String, Double> row : probabilities) {
            if (row == null) {
                return;
            }
        }
        int k = labels.size();
        double[] table = new double[expected.length * k];
        for (int row = 0; row < expected.length; row++) {
            for (int c = 0; c < k; c++) {
                table[row * k + c] = probability(probabilities[row], labels.get(c));
            }
        }
        double[] positiveScores = null;
        int positive = labels.indexOf(positiveLabel);
        if (k <= 2) {
            // binary: the positive label's own column, even when that label never occurs
            positiveScores = new double[expected.length];
            for (int row = 0; row < expected.length; row++) {
                positiveScores[row] = probability(probabilities[row], positiveLabel);
            }
        }
        ProbabilityMetrics bound = new ProbabilityMetrics(expected, k, table, positive, positiveScores);
        metrics.put("roc_auc", bound::rocAuc);
        metrics.put("average_precision", bound::averagePrecision);
        metrics.put("log_loss", rows -> k < 2 ? Double.NaN : SampleMetrics.mean(bound.logLoss, rows));
        metrics.put("brier", rows -> SampleMetrics.mean(bound.brier, rows));
        metrics.put("ece", bound::ece);
    }

    private static double probability(Map<String, Double> row, String label) {
        Double p = label == null ? null : row.get(label);
        return p == null ? 0.0 : p;
    }

    /** sklearn log_loss: clip to [eps, 1 - eps], renormalise the row, minus log of the true label's share. */
    private double rowLogLoss(double[] probabilities, int row) {
        double sum = 0;
        double truth = 0;
        for (int c = 0; c < classes; c++) {
            double clipped = Math.min(Math.max(probabilities[row * classes + c], LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
            sum += clipped;
            if (c == expected[row]) {
                truth = clipped;
            }
        }
        return -Math.log(truth / sum);
    }

    /** Top label = first label (in label order) with the highest probability, as numpy argmax. */
    private void calibrate(double[] probabilities, int row) {
        int top = 0;
        double best = classes == 0 ? 0.0 : probabilities[row * classes];
        for (int c = 1; c < classes; c++) {
            if (probabilities[row * classes + c] > best) {
                best = probabilities[row * classes + c];
                top = c;
            }
        }
        confidence[row] = best;
        topLabelCorrect[row] = top == expected[row];
        bin[row] = (byte) Math.max(0, Math.min((int) Math.floor(best * ECE_BINS), ECE_BINS - 1));
    }

    private double rocAuc(int[] rows) {
        if (binary != null) {
            return binary.rocAuc(rows);
        }
        int[] present = expectedCounts(rows);
        double sum = 0;
        int averaged = 0;
        for (int c = 0; c < classes; c++) {
            if (present[c] > 0) {
                sum += oneVsRest[c].rocAuc(rows);
                averaged++;
            }
        }
        return averaged < 2 ? Double.NaN : sum / averaged;
    }

    private double averagePrecision(int[] rows) {
        if (binary != null) {
            return binary.averagePrecision(rows);
        }
        int[] present = expectedCounts(rows);
        double sum = 0;
        int averaged = 0;
        for (int c = 0; c < classes; c++) {
            if (present[c] > 0) {
                sum += oneVsRest[c].averagePrecision(rows);
                averaged++;
            }
        }
        return sum / averaged;
    }

    /**
     * Expected calibration error over {@value #ECE_BINS} equal-width bins of the top-label
     * confidence {@code c} (bin {@code min(floor(10 c), 9)}): the sum over non-empty bins of
     * {@code |accuracy - mean confidence|} times the bin's share of the sample.
     */
    private double ece(int[] rows) {
        int[] count = new int[ECE_BINS];
        int[] correct = new int[ECE_BINS];
        double[] confidenceSum = new double[ECE_BINS];
        for (int row : rows) {
            int b = bin[row];
            count[b]++;
            confidenceSum[b] += confidence[row];
            if (topLabelCorrect[row]) {
                correct[b]++;
            }
        }
        double ece = 0;
        for (int b = 0; b < ECE_BINS; b++) {
            if (count[b] > 0) {
                double accuracy = (double) correct[b] / count[b];
                double meanConfidence = confidenceSum[b] / count[b];
                ece += ((double) count[b] / rows.length) * Math.abs(accuracy - meanConfidence);
            }
        }
        return ece;
    }

    private int[] expectedCounts(int[] rows) {
        int[] counts = new int[classes];
        for (int row : rows) {
            counts[expected[row]]++;
        }
        return counts;
    }
}
