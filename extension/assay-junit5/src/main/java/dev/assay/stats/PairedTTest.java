package dev.assay.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * {@code PairedTTest} is used to compare the per-case scores of two models on the same cases:
 * the two-sided paired t-test, equal to scipy's {@code ttest_rel(candidate, baseline)}, with the
 * mean difference, its t interval and Cohen's d<sub>z</sub>.
 *
 * <pre>{@code
 * PairedTTest.Result r = PairedTTest.test(candidateErrors, baselineErrors, 0.95);
 * r.meanDifference(); r.interval(); r.pValue(); r.cohensDz();
 * }</pre>
 *
 * <p>Differences are {@code candidate - baseline}. Like scipy, degenerate input gives
 * {@code NaN} rather than an exception: fewer than two pairs, or all differences equal to zero.
 */
@API(status = INTERNAL, since = "0.1")
public final class PairedTTest {

    private PairedTTest() {
    }

    /**
     * Tests whether the mean of {@code candidate[i] - baseline[i]} differs from zero.
     *
     * @param confidence the level of the interval on the mean difference, e.g. 0.95
     * @throws IllegalArgumentException when the arrays differ in length or confidence is outside (0, 1)
     */
    public static Result test(double[] candidate, double[] baseline, double confidence) {
        Checks.samePairs(candidate, baseline);
        Checks.confidence(confidence);
        int n = candidate.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = candidate[i] - baseline[i];
        }
        double mean = Summation.mean(d);
        if (n < 2) {
            Interval none = new Interval(Double.NaN, Double.NaN, Interval.T);
            return new Result(n, mean, none, Double.NaN, n - 1, Double.NaN, Double.NaN);
        }
        double sumSquares = 0.0;
        for (double v : d) {
            sumSquares += (v - mean) * (v - mean);
        }
        double variance = sumSquares / (n - 1);
        double standardError = Math.sqrt(variance / n);
        double t = mean / standardError;
        int df = n - 1;
        double crit = Distributions.tQuantile(1.0 - (1.0 - confidence) / 2.0, df);
        Interval interval = new Interval(mean - crit * standardError, mean + crit * standardError, Interval.T);
        return new Result(n, mean, interval, t, df, Distributions.tTwoSidedP(t, df), mean / Math.sqrt(variance));
    }

    /**
     * The outcome of {@link #test(double[], double[], double)}.
     *
     * @param n the number of pairs
     * @param meanDifference the mean of {@code candidate - baseline}
     * @param interval the t interval on the mean difference
     * @param statistic the t statistic
     * @param df the degrees of freedom, {@code n - 1}
     * @param pValue the two-sided p-value
     * @param cohensDz the mean difference over the standard deviation of the differences
     *     ({@code ddof = 1})
     */
    public record Result(int n, double meanDifference, Interval interval, double statistic, int df,
            double pValue, double cohensDz) {
    }
}
