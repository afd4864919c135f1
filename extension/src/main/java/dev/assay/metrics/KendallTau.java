package dev.assay.metrics;

/**
 * Kendall's tau-b in O(n log n) by Knight's algorithm, as {@code scipy.stats.kendalltau} 1.10
 * computes it: sort the pairs by (x, y), count the tied pairs, count discordant pairs as the
 * inversions of y in a merge sort, and combine
 * {@code (pairs - xTies - yTies + jointTies - 2 discordant) / sqrt(pairs - xTies) / sqrt(pairs - yTies)}.
 *
 * <p>Values arrive as dense ranks fixed at bind time, so the sort by (x, y) is two counting-sort
 * passes; only the inversion count is {@code n log n}.
 */
final class KendallTau {

    private final DenseRanks x;
    private final DenseRanks y;

    KendallTau(DenseRanks x, DenseRanks y) {
        this.x = x;
        this.y = y;
    }

    /** Tau-b of the sample; NaN when fewer than two rows or either side is constant. */
    double compute(int[] rows) {
        int n = rows.length;
        long pairs = (long) n * (n - 1) / 2;
        int[] byY = sortedBy(y, rows, rows);     // stable: first by y ...
        int[] byXY = sortedBy(x, byY, rows);     // ... then by x, ties in x keep y order
        int[] xs = new int[n];
        int[] ys = new int[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x.group[byXY[i]];
            ys[i] = y.group[byXY[i]];
        }
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
        long yTies = 0;
        for (int count : y.histogram(rows)) {
            yTies += (long) count * (count - 1) / 2;
        }
        if (n < 2 || xTies == pairs || yTies == pairs) {
            return Double.NaN;
        }
        long discordant = inversions(ys);
        long concordantMinusDiscordant = pairs - xTies - yTies + jointTies - 2 * discordant;
        double tau = concordantMinusDiscordant / Math.sqrt(pairs - xTies) / Math.sqrt(pairs - yTies);
        return Math.max(-1.0, Math.min(1.0, tau));
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

    /** Pairs {@code i < j} with {@code values[i] > values[j]}, by bottom-up merge sort (sorts {@code values}). */
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
                    if (source[i] <= source[j]) {
                        target[k++] = source[i++];
                    } else {
                        inversions += mid - i; // every element still on the left is greater than source[j]
                        target[k++] = source[j++];
                    }
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
        return inversions;
    }
}
