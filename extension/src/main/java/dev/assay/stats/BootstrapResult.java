package dev.assay.stats;

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
 */
public record BootstrapResult(Estimate estimate, int resamples, int nanResamples) {

    /** The metric on the full sample. */
    public double value() {
        return estimate.value();
    }

    /** The bootstrap interval. */
    public Interval interval() {
        return estimate.interval();
    }
}
