package dev.assay.metrics;

import java.util.Arrays;

/**
 * The values of a bound array replaced by their dense rank among its distinct values (equal
 * values share a group, groups ascend with the value). Sorting happens once, at bind time; a
 * sample then ranks, histograms or sorts its values by counting over groups in linear time.
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
        double[] distinct = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            distinct[i] = values[i] + 0.0; // -0.0 == 0.0 for ranking, but Arrays.sort would split them
        }
        Arrays.sort(distinct);
        int groups = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || Double.compare(distinct[i], distinct[groups - 1]) != 0) {
                distinct[groups++] = distinct[i];
            }
        }
        int[] group = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            group[i] = Arrays.binarySearch(distinct, 0, groups, values[i] + 0.0);
        }
        return new DenseRanks(group, groups);
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
}
