package dev.assay.report;

import java.util.Arrays;

/**
 * The k-th smallest of an {@code int[]} in expected linear time (Hoare's selection), for order
 * statistics of samples too small to count over every distinct value and too many to sort: a
 * bootstrap takes four percentiles of each of 1,000 resamples.
 */
final class Quickselect {

    private Quickselect() {
    }

    /**
     * The {@code k}-th smallest (0-based) of {@code values[0 .. length)}, which it reorders so that
     * no value before index {@code k} is larger and none after it is smaller: the {@code (k+1)}-th
     * smallest is then the minimum of {@code values[k+1 .. length)}.
     */
    static int kthSmallest(int[] values, int length, int k) {
        if (k < 0 || k >= length) {
            throw new IllegalArgumentException("k must be in [0, " + length + "); got [" + k + "]");
        }
        int lo = 0;
        int hi = length - 1;
        // Median-of-three pivots make quadratic inputs unlikely, not impossible: past this many
        // rounds, sort what is left, so the worst case stays O(n log n).
        int rounds = 2 * (32 - Integer.numberOfLeadingZeros(length)) + 8;
        while (lo < hi) {
            if (rounds-- == 0) {
                Arrays.sort(values, lo, hi + 1);
                return values[k];
            }
            int pivot = medianOfThree(values[lo], values[(lo + hi) >>> 1], values[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int swap = values[i];
                    values[i++] = values[j];
                    values[j--] = swap;
                }
            }
            // Now values[lo .. j] <= pivot, values[i .. hi] >= pivot, and any between equal pivot.
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    private static int medianOfThree(int a, int b, int c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
