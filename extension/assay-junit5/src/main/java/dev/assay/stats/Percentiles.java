package dev.assay.stats;

import java.util.Arrays;

/** Order statistics of a sorted bootstrap distribution, as numpy and scipy compute them. */
final class Percentiles {

    private Percentiles() {
    }

    /**
     * The values that are not NaN, ascending, sorted in place: {@code values} itself when it holds no
     * NaN, else a shorter copy of its sorted front. Callers hand over replicates they no longer need;
     * a summary sorts thousands of them, and a fresh array per sort cost more than the sort.
     */
    static double[] sortInPlaceWithoutNaN(double[] values) {
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isNaN(v)) {
                values[count++] = v;
            }
        }
        Arrays.sort(values, 0, count);
        return count == values.length ? values : Arrays.copyOf(values, count);
    }

    /**
     * The q-quantile of ascending {@code sorted} by linear interpolation between order statistics,
     * numpy's default {@code percentile(a, 100 q)} (Hyndman & Fan type 7).
     */
    static double quantile(double[] sorted, double q) {
        int n = sorted.length;
        double index = q * (n - 1);
        int below = (int) Math.floor(index);
        if (below >= n - 1) {
            return sorted[n - 1];
        }
        if (below < 0) {
            return sorted[0];
        }
        double a = sorted[below];
        double b = sorted[below + 1];
        double t = index - below;
        double diff = b - a;
        // numpy's _lerp: interpolate from the nearer end, so t = 1 gives b exactly.
        return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
    }

    /**
     * The share of {@code sorted} below {@code score}, counting ties as half: scipy's
     * {@code _percentile_of_score} used for the BCa bias correction.
     */
    static double shareBelow(double[] sorted, double score) {
        int less = 0;
        int lessOrEqual = 0;
        for (double v : sorted) {
            if (v < score) {
                less++;
            }
            if (v <= score) {
                lessOrEqual++;
            }
        }
        return (less + lessOrEqual) / (2.0 * sorted.length);
    }
}
