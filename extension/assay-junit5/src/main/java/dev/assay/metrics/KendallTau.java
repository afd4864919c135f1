package dev.assay.metrics;

/**
 * Kendall's tau-b in O(n log n) by Knight's algorithm, as {@code scipy.stats.kendalltau} 1.10
 * computes it: order the pairs by (x, y), count the tied pairs, count the discordant pairs (x
 * strictly smaller, y strictly greater), and combine
 * {@code (pairs - xTies - yTies + jointTies - 2 discordant) / sqrt(pairs - xTies) / sqrt(pairs - yTies)}.
 *
 * <p>Values arrive as dense ranks fixed at bind time, so the bound rows are ordered by (x, y) once.
 * A sample (a bootstrap resample: bound rows drawn with repetition) is then read as how often it
 * holds each bound row, walked in that fixed order, and its discordant pairs are counted with a
 * Fenwick tree over the y groups: no sort per sample. A sample much smaller than the bound data (an
 * m-out-of-n resample) is ordered instead, by counting sorts over the groups or, when it is smaller
 * still than the groups, by sorting, and its discordant pairs counted as the inversions of y in a
 * merge sort.
 */
final class KendallTau {

    private final DenseRanks x;
    private final DenseRanks y;
    // Racy but safe: every thread that computes it computes the same array.
    private volatile int[] byXY;

    KendallTau(DenseRanks x, DenseRanks y) {
        this.x = x;
        this.y = y;
    }

    /** Tau-b of the sample; NaN when fewer than two rows or either side is constant. */
    double compute(int[] rows) {
        // Counting how often a sample holds each bound row walks every bound row: worth it only
        // while the sample is about as large as the bound data (a bootstrap resample).
        if ((long) rows.length * 8 >= x.group.length) {
            return fromCounts(rows);
        }
        int[] xs = new int[rows.length];
        int[] ys = new int[rows.length];
        if (x.isSparse(rows) || y.isSparse(rows)) {
            sortByXThenYBySorting(rows, xs, ys);
        } else {
            int[] byY = sortedBy(y, rows, rows);     // stable: first by y ...
            int[] byXY = sortedBy(x, byY, rows);     // ... then by x, ties in x keep y order
            for (int i = 0; i < rows.length; i++) {
                xs[i] = x.group[byXY[i]];
                ys[i] = y.group[byXY[i]];
            }
        }
        return fromSorted(xs, ys);
    }

    /** Tau-b from how often the sample holds each bound row, walking the bound rows in (x, y) order. */
    private double fromCounts(int[] rows) {
        int n = rows.length;
        int[] byXY = orderByXY();
        int[] times = new int[x.group.length];
        for (int row : rows) {
            times[row]++;
        }
        // tree: a Fenwick tree of how many rows already walked fall in each y group (1-based).
        int[] tree = new int[y.groups + 1];
        long[] perY = new long[y.groups];
        long walked = 0;
        long discordant = 0;
        long xTies = 0;
        long jointTies = 0;
        long xRun = 0;
        long jointRun = 0;
        int lastX = -1;
        int lastY = -1;
        for (int row : byXY) {
            int m = times[row];
            if (m == 0) {
                continue;
            }
            int gx = x.group[row];
            int gy = y.group[row];
            if (gx != lastX) {
                xTies += xRun * (xRun - 1) / 2;
                jointTies += jointRun * (jointRun - 1) / 2;
                xRun = 0;
                jointRun = 0;
            } else if (gy != lastY) {
                jointTies += jointRun * (jointRun - 1) / 2;
                jointRun = 0;
            }
            lastX = gx;
            lastY = gy;
            xRun += m;
            jointRun += m;
            perY[gy] += m;
            // Rows walked before this one have a smaller x, or the same x and a y no greater: those
            // with a greater y are exactly its discordant partners.
            long notGreater = 0;
            for (int i = gy + 1; i > 0; i -= i & -i) {
                notGreater += tree[i];
            }
            discordant += m * (walked - notGreater);
            for (int i = gy + 1; i <= y.groups; i += i & -i) {
                tree[i] += m;
            }
            walked += m;
        }
        xTies += xRun * (xRun - 1) / 2;
        jointTies += jointRun * (jointRun - 1) / 2;
        long yTies = 0;
        for (long c : perY) {
            yTies += c * (c - 1) / 2;
        }
        return tauB(n, xTies, yTies, jointTies, discordant);
    }

    /** The bound rows ordered by x then y group, computed on first use (resamples share it). */
    private int[] orderByXY() {
        int[] order = byXY;
        if (order == null) {
            int[] all = new int[x.group.length];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            order = sortedBy(x, sortedBy(y, all, all), all);
            byXY = order;
        }
        return order;
    }

    /** Tau-b from the sample's x and y groups ordered by x then y. */
    private static double fromSorted(int[] xs, int[] ys) {
        int n = xs.length;
        long xTies = 0;
        long jointTies = 0;
        long xRun = 1;
        long jointRun = 1;
        for (int i = 1; i <= n; i++) {
            boolean sameX = i < n && xs[i] == xs[i - 1];
            boolean sameY = i < n && ys[i] == ys[i - 1];
            if (sameX) {
                xRun++;
            } else {
                xTies += xRun * (xRun - 1) / 2;
                xRun = 1;
            }
            if (sameX && sameY) {
                jointRun++;
            } else {
                jointTies += jointRun * (jointRun - 1) / 2;
                jointRun = 1;
            }
        }
        long discordant = inversions(ys); // leaves ys ascending, so its ties are runs
        return tauB(n, xTies, tiesOfSorted(ys), jointTies, discordant);
    }

    private static double tauB(int n, long xTies, long yTies, long jointTies, long discordant) {
        long pairs = (long) n * (n - 1) / 2;
        if (n < 2 || xTies == pairs || yTies == pairs) {
            return Double.NaN;
        }
        long concordantMinusDiscordant = pairs - xTies - yTies + jointTies - 2 * discordant;
        double tau = concordantMinusDiscordant / Math.sqrt(pairs - xTies) / Math.sqrt(pairs - yTies);
        return Math.max(-1.0, Math.min(1.0, tau));
    }

    /**
     * The rows' (x, y) groups ordered by x then y, by sorting packed pairs: for samples much smaller
     * than the bound data, where counting sorts would walk every group.
     */
    private void sortByXThenYBySorting(int[] rows, int[] xs, int[] ys) {
        int yBits = y.groupBits();
        long[] keys = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            keys[i] = ((long) x.group[rows[i]] << yBits) | y.group[rows[i]];
        }
        RadixSort.sort(keys, keys.length, 0, x.groupBits() + yBits);
        long yMask = (1L << yBits) - 1;
        for (int i = 0; i < keys.length; i++) {
            xs[i] = (int) (keys[i] >>> yBits);
            ys[i] = (int) (keys[i] & yMask);
        }
    }

    /** Pairs of equal values in ascending {@code sorted}. */
    private static long tiesOfSorted(int[] sorted) {
        long ties = 0;
        long run = 1;
        for (int i = 1; i <= sorted.length; i++) {
            if (i < sorted.length && sorted[i] == sorted[i - 1]) {
                run++;
            } else {
                ties += run * (run - 1) / 2;
                run = 1;
            }
        }
        return ties;
    }

    /** {@code order} stably sorted by {@code ranks.group}; a counting sort over the bound groups. */
    private static int[] sortedBy(DenseRanks ranks, int[] order, int[] rows) {
        int[] start = ranks.histogram(rows);
        int position = 0;
        for (int g = 0; g < start.length; g++) {
            int count = start[g];
            start[g] = position;
            position += count;
        }
        int[] sorted = new int[order.length];
        for (int row : order) {
            sorted[start[ranks.group[row]]++] = row;
        }
        return sorted;
    }

    /**
     * Pairs {@code i < j} with {@code values[i] > values[j]}, by bottom-up merge sort, which leaves
     * {@code values} ascending.
     */
    static long inversions(int[] values) {
        int n = values.length;
        int[] source = values;
        int[] target = new int[n];
        long inversions = 0;
        for (int width = 1; width < n; width *= 2) {
            for (int left = 0; left < n; left += 2 * width) {
                int mid = Math.min(left + width, n);
                int right = Math.min(left + 2 * width, n);
                int i = left;
                int j = mid;
                int k = left;
                while (i < mid && j < right) {
                    // Without branches (conditional moves): on random data a branch here mispredicts
                    // every other step. Taking the right value means every element still on the left
                    // is greater than it: mid - i inversions.
                    int a = source[i];
                    int b = source[j];
                    int takeRight = b < a ? 1 : 0;
                    target[k++] = takeRight == 1 ? b : a;
                    inversions += takeRight * (mid - i);
                    i += 1 - takeRight;
                    j += takeRight;
                }
                while (i < mid) {
                    target[k++] = source[i++];
                }
                while (j < right) {
                    target[k++] = source[j++];
                }
            }
            int[] swap = source;
            source = target;
            target = swap;
        }
        if (source != values) {
            System.arraycopy(source, 0, values, 0, n);
        }
        return inversions;
    }
}
