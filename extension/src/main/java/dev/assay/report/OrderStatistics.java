package dev.assay.report;

import java.util.Arrays;

/**
 * {@code OrderStatistics} computes percentiles of a sample given as row indices (with repeats, as
 * bootstrap resamples have) in linear time: the values are sorted once, and a sample becomes counts
 * per sorted position, so no resample is ever sorted. NaN values are left out.
 */
final class OrderStatistics {

    private final double[] sorted;
    private final int[] positionOfRow;
    private final ThreadLocal<int[]> counts;

    OrderStatistics(double[] values) {
        Integer[] order = new Integer[values.length];
        int finite = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                order[finite++] = i;
            }
        }
        Integer[] rows = Arrays.copyOf(order, finite);
        Arrays.sort(rows, (a, b) -> Double.compare(values[a], values[b]));
        this.sorted = new double[finite];
        this.positionOfRow = new int[values.length];
        Arrays.fill(positionOfRow, -1);
        for (int i = 0; i < finite; i++) {
            sorted[i] = values[rows[i]];
            positionOfRow[rows[i]] = i;
        }
        int size = finite;
        this.counts = ThreadLocal.withInitial(() -> new int[size]);
    }

    /** The p-th percentile (0–100) of the rows' values, interpolated linearly as numpy does. */
    double percentile(int[] rows, double p) {
        if ((long) rows.length * 8 < sorted.length) {
            return percentileBySorting(rows, p);
        }
        int[] count = counts.get();
        int n = 0;
        for (int r : rows) {
            int position = positionOfRow[r];
            if (position >= 0) {
                count[position]++;
                n++;
            }
        }
        try {
            if (n == 0) {
                return Double.NaN;
            }
            double rank = p / 100.0 * (n - 1);
            int lo = (int) Math.floor(rank);
            int hi = Math.min(lo + 1, n - 1);
            double low = Double.NaN;
            double high = Double.NaN;
            int seen = 0;
            for (int i = 0; i < count.length && Double.isNaN(high); i++) {
                seen += count[i];
                if (Double.isNaN(low) && seen > lo) {
                    low = sorted[i];
                }
                if (seen > hi) {
                    high = sorted[i];
                }
            }
            return low + (rank - lo) * (high - low);
        } finally {
            for (int r : rows) {
                int position = positionOfRow[r];
                if (position >= 0) {
                    count[position] = 0;
                }
            }
        }
    }

    /** For samples much smaller than the data (m-out-of-n resamples): sort the sample instead of walking every value. */
    private double percentileBySorting(int[] rows, double p) {
        double[] picked = new double[rows.length];
        int n = 0;
        for (int r : rows) {
            if (positionOfRow[r] >= 0) {
                picked[n++] = sorted[positionOfRow[r]];
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        double[] sample = Arrays.copyOf(picked, n);
        Arrays.sort(sample);
        return LatencyMetrics.percentile(sample, p);
    }
}
