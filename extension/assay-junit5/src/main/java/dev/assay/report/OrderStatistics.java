package dev.assay.report;

import dev.assay.metrics.ValueGroups;
import java.util.Arrays;

/**
 * {@code OrderStatistics} computes percentiles of a sample given as row indices (with repeats, as
 * bootstrap resamples have) in linear time: the values are sorted once, and a sample becomes counts
 * per sorted position (or, when it is small, a selection among its positions), so no resample is
 * ever sorted. NaN values are left out.
 */
final class OrderStatistics {

    private final double[] sorted;
    private final int[] positionOfRow;
    private final ThreadLocal<int[]> counts;

    OrderStatistics(double[] values) {
        // Sorted distinct values and each row's position among them, found once: a benchmark may
        // have a million cases. Equal values share a position, which counting allows.
        ValueGroups groups = ValueGroups.of(values);
        int distinct = groups.count() - (groups.hasNaN() ? 1 : 0);
        this.sorted = Arrays.copyOf(groups.distinctValues(), distinct);
        this.positionOfRow = groups.groupOfRow();
        for (int i = 0; i < positionOfRow.length; i++) {
            if (positionOfRow[i] == distinct) { // NaN's group, the last
                positionOfRow[i] = -1;
            }
        }
        int size = distinct;
        this.counts = ThreadLocal.withInitial(() -> new int[size]);
    }

    /** The p-th percentile (0–100) of the rows' values, interpolated linearly as numpy does. */
    double percentile(int[] rows, double p) {
        if ((long) rows.length * 8 < sorted.length) {
            return percentileBySelection(rows, p);
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
            PercentileRank rank = PercentileRank.of(p, n);
            double low = Double.NaN;
            double high = Double.NaN;
            int seen = 0;
            for (int i = 0; i < count.length && Double.isNaN(high); i++) {
                seen += count[i];
                if (Double.isNaN(low) && seen > rank.lo()) {
                    low = sorted[i];
                }
                if (seen > rank.hi()) {
                    high = sorted[i];
                }
            }
            return rank.between(low, high);
        } finally {
            for (int r : rows) {
                int position = positionOfRow[r];
                if (position >= 0) {
                    count[position] = 0;
                }
            }
        }
    }

    /**
     * For samples much smaller than the data (m-out-of-n resamples): select the two order
     * statistics among the sample's positions, O(m), instead of walking every value or sorting.
     */
    private double percentileBySelection(int[] rows, double p) {
        int[] picked = new int[rows.length];
        int n = 0;
        for (int r : rows) {
            if (positionOfRow[r] >= 0) {
                picked[n++] = positionOfRow[r];
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        if (n == 1) {
            return sorted[picked[0]];
        }
        PercentileRank rank = PercentileRank.of(p, n);
        int low = Quickselect.kthSmallest(picked, n, rank.lo());
        int high = low;
        if (rank.hi() > rank.lo()) {
            // selection left everything above lo-th in picked[lo+1 ..): the hi-th is their minimum
            high = picked[rank.hi()];
            for (int i = rank.hi() + 1; i < n; i++) {
                high = Math.min(high, picked[i]);
            }
        }
        return rank.between(sorted[low], sorted[high]);
    }
}
