package dev.assay.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * {@code BootstrapResult} is used to report a bootstrap estimate together with how many of its
 * resamples could be used.
 *
 * <pre>{@code
 * BootstrapResult r = Bootstrap.seeded(42).estimate(f1Macro, n, Bootstrap.Method.BCA);
 * r.value(); r.interval(); r.nanResamples(); // resamples whose metric was NaN, e.g. a class missing
 * }</pre>
 *
 * @param estimate the metric on the full sample and its interval; the interval's method says
 *     whether BCa fell back to percentiles
 * @param resamples how many resamples were drawn
 * @param nanResamples how many of them gave {@code NaN} and were left out of the interval
 * @param zeroPValue the two-sided bootstrap p-value of "the quantity is 0",
 *     {@code 2 (1 + k) / (B + 1)} with {@code k} the (reflected, for m-out-of-n) replicates on the
 *     far side of 0, at most 1 and never 0; meaningful for differences
 */
@API(status = INTERNAL, since = "0.1")
public record BootstrapResult(Estimate estimate, int resamples, int nanResamples, double zeroPValue) {

    /** A result without a p-value. */
    public BootstrapResult(Estimate estimate, int resamples, int nanResamples) {
        this(estimate, resamples, nanResamples, Double.NaN);
    }

    /**
     * The two-sided p-value of "the quantity is 0" from sorted replicates: {@code 2 (1 + k) / (B + 1)},
     * at most 1, where {@code k} counts the replicates on the far side of 0 (the smaller of those at
     * or below it and those at or above it) among {@code B}. The {@code + 1}s count the observed data
     * as one of the resamples (Davison &amp; Hinkley 1997, §4.2; North, Curtis &amp; Sham 2002), so a
     * p-value from resampling is never 0: its smallest value is {@code 2 / (B + 1)}.
     */
    static double zeroPValue(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int atOrBelow = 0;
        int atOrAbove = 0;
        for (double v : sorted) {
            if (v <= 0) {
                atOrBelow++;
            }
            if (v >= 0) {
                atOrAbove++;
            }
        }
        return Math.min(1.0, 2.0 * (1 + Math.min(atOrBelow, atOrAbove)) / (sorted.length + 1));
    }

    /** The metric on the full sample. */
    public double value() {
        return estimate.value();
    }

    /** The bootstrap interval. */
    public Interval interval() {
        return estimate.interval();
    }
}
