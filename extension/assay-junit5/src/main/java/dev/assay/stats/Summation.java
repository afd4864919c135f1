package dev.assay.stats;

/**
 * Sums that agree with numpy's to the last bits or close to it: numpy adds in pairs, and a plain
 * running sum of many values drifts by more than the reference tests allow.
 */
final class Summation {

    private static final int BLOCK = 8;

    private Summation() {
    }

    static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : pairwise(values, 0, values.length) / values.length;
    }

    private static double pairwise(double[] values, int from, int to) {
        int length = to - from;
        if (length <= BLOCK) {
            double sum = 0.0;
            for (int i = from; i < to; i++) {
                sum += values[i];
            }
            return sum;
        }
        int middle = from + length / 2;
        return pairwise(values, from, middle) + pairwise(values, middle, to);
    }
}
