package dev.assay.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * {@code FisherZ} is used to put a confidence interval on Pearson's correlation coefficient:
 * Fisher's z transformation, as {@code scipy.stats.pearsonr(x, y).confidence_interval()} computes
 * it by default. {@code atanh(r)} is close to normal with standard error {@code 1/sqrt(n − 3)};
 * the interval is built there and mapped back with {@code tanh}, so it stays inside [−1, 1] and is
 * as skewed as r's sampling distribution.
 *
 * <pre>{@code
 * Interval ci = FisherZ.interval(0.6, 30, 0.95); // 0.3157 .. 0.7888
 * }</pre>
 *
 * <p>Why not the bootstrap: with a few dozen cases the bootstrap interval of r is too narrow
 * (95% intervals covered the true correlation 91% of the time at n = 30 in
 * {@code IntervalCoverageBenchmark}), while Fisher's interval is nearly exact for bivariate normal
 * data at any n. It assumes the pairs are roughly bivariate normal, as r itself does to mean a
 * linear association.
 */
@API(status = INTERNAL, since = "0.1")
public final class FisherZ {

    private FisherZ() {
    }

    /**
     * Fisher's interval for a correlation {@code r} over {@code n} pairs: {@code [−1, 1]} for
     * {@code n <= 3} (as scipy), NaN bounds for a NaN {@code r}.
     *
     * @param confidence for example 0.95
     * @throws IllegalArgumentException when {@code r} is outside [−1, 1] or {@code confidence}
     *     is outside (0, 1)
     */
    public static Interval interval(double r, long n, double confidence) {
        Checks.confidence(confidence);
        if (Double.isNaN(r)) {
            return new Interval(Double.NaN, Double.NaN, Interval.FISHER_Z);
        }
        if (r < -1.0 || r > 1.0) {
            throw new IllegalArgumentException("A correlation lies in [-1, 1]; got [" + r + "]");
        }
        if (n <= 3) {
            return new Interval(-1.0, 1.0, Interval.FISHER_Z);
        }
        double z = atanh(r);
        double halfWidth = Distributions.normalQuantile(0.5 + confidence / 2.0) * Math.sqrt(1.0 / (n - 3));
        return new Interval(Math.tanh(z - halfWidth), Math.tanh(z + halfWidth), Interval.FISHER_Z);
    }

    /** numpy's arctanh: ±infinity at ±1, which tanh maps back to ±1. */
    private static double atanh(double r) {
        return 0.5 * Math.log((1.0 + r) / (1.0 - r));
    }
}
