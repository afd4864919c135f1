package dev.assay.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apache.commons.math3.distribution.TDistribution;
import org.apiguardian.api.API;

/**
 * {@code CorrectedResampledTTest} is used to compare two models across the k folds of one
 * cross-validation: the corrected resampled t-test of Nadeau &amp; Bengio (2003). The folds' training
 * sets overlap, so their scores are correlated and a plain paired t-test over folds is far too
 * liberal; the correction inflates the variance of the mean difference from {@code σ²/k} to
 * {@code (1/k + n_test/n_train) σ²}.
 *
 * <pre>{@code
 * // per fold: candidate's score − baseline's, each fold holding out 1/5 of the cases
 * CorrectedResampledTTest.Result r = CorrectedResampledTTest.test(differences, 0.2, 0.95);
 * r.pValue(); r.interval();
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class CorrectedResampledTTest {

    private CorrectedResampledTTest() {
    }

    /**
     * The test of "the mean difference is 0" over the folds' differences.
     *
     * @param differences per fold, the candidate's metric minus the baseline's (at least 2 folds)
     * @param testFraction the share of cases each fold holds out, {@code n_test / n}, in (0, 1)
     * @param confidence the level of the interval on the mean difference
     * @throws IllegalArgumentException naming what is out of range
     */
    public static Result test(double[] differences, double testFraction, double confidence) {
        Checks.confidence(confidence);
        int k = differences.length;
        if (k < 2) {
            throw new IllegalArgumentException("The corrected resampled t-test needs at least 2 folds; got [" + k + "]");
        }
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction is the share of cases a fold holds out, in (0, 1); got ["
                    + testFraction + "]");
        }
        double mean = 0;
        for (double d : differences) {
            mean += d / k;
        }
        double squares = 0;
        for (double d : differences) {
            squares += (d - mean) * (d - mean);
        }
        double variance = squares / (k - 1);
        double se = Math.sqrt((1.0 / k + testFraction / (1 - testFraction)) * variance);
        TDistribution t = new TDistribution(null, k - 1);
        double statistic = se == 0 ? (mean == 0 ? Double.NaN : Math.copySign(Double.POSITIVE_INFINITY, mean))
                : mean / se;
        double p = Double.isNaN(statistic) ? Double.NaN : 2 * t.cumulativeProbability(-Math.abs(statistic));
        double half = t.inverseCumulativeProbability(0.5 + confidence / 2) * se;
        return new Result(mean, statistic, k - 1, p, new Interval(mean - half, mean + half, Interval.T));
    }

    /**
     * The test's outcome.
     *
     * @param meanDifference the mean of the folds' differences
     * @param statistic the corrected t statistic
     * @param df degrees of freedom, k − 1
     * @param pValue the two-sided p-value; NaN when every fold's difference is 0
     * @param interval the corrected Student-t interval on the mean difference
     */
    public record Result(double meanDifference, double statistic, int df, double pValue, Interval interval) {
    }
}
