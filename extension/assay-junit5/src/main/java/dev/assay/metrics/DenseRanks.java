package dev.assay.metrics;

/**
 * The values of a bound array replaced by their dense rank among its distinct values (equal
 * values share a group, groups ascend with the value; NaN is the largest value, as in
 * {@link java.util.Arrays#sort(double[])}). Sorting happens once, at bind time
 * ({@link ValueGroups}); a sample then ranks, histograms or sorts its values by counting over
 * groups in linear time.
 */
final class DenseRanks {

    /** {@code group[row]}: the position of the row's value among the sorted distinct values. */
    final int[] group;
    final int groups;

    private DenseRanks(int[] group, int groups) {
        this.group = group;
        this.groups = groups;
    }

    static DenseRanks of(double[] values) {
        ValueGroups groups = ValueGroups.of(values);
        return new DenseRanks(groups.groupOfRow(), groups.count());
    }

    /** Bits that hold any group: {@code ceil(log2 groups)}. */
    int groupBits() {
        return 32 - Integer.numberOfLeadingZeros(Math.max(groups - 1, 0));
    }

    /** How often each group occurs among {@code rows}. */
    int[] histogram(int[] rows) {
        int[] counts = new int[groups];
        for (int row : rows) {
            counts[group[row]]++;
        }
        return counts;
    }

    /**
     * The 1-based average ranks of the sample's values, in {@code rows} order, as
     * {@code scipy.stats.rankdata(values[rows])} (ties get the mean of the ranks they span).
     */
    double[] averageRanks(int[] rows) {
        if (isSparse(rows)) {
            return averageRanksBySorting(rows);
        }
        int[] counts = histogram(rows);
        double[] rankOfGroup = new double[groups];
        long below = 0;
        for (int g = 0; g < groups; g++) {
            rankOfGroup[g] = below + (counts[g] + 1) / 2.0;
            below += counts[g];
        }
        double[] ranks = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            ranks[i] = rankOfGroup[group[rows[i]]];
        }
        return ranks;
    }

    /**
     * Whether a sample is so much smaller than the bound data (m-out-of-n resamples of a huge
     * benchmark) that sorting it, O(m log m), beats counting over every group, O(m + groups).
     */
    boolean isSparse(int[] rows) {
        return (long) rows.length * 8 < groups;
    }

    /** {@link #averageRanks} by sorting the sample's (group, position) pairs: no array of size {@code groups}. */
    private double[] averageRanksBySorting(int[] rows) {
        long[] keys = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            keys[i] = ((long) group[rows[i]] << 32) | i;
        }
        RadixSort.sort(keys, keys.length, 32, 32 + groupBits());
        double[] ranks = new double[rows.length];
        int start = 0;
        while (start < keys.length) {
            int end = start + 1;
            while (end < keys.length && (keys[end] >>> 32) == (keys[start] >>> 32)) {
                end++;
            }
            double rank = (start + 1 + end) / 2.0; // mean of the 1-based ranks start+1 .. end
            for (int k = start; k < end; k++) {
                ranks[(int) keys[k]] = rank;
            }
            start = end;
        }
        return ranks;
    }
}
