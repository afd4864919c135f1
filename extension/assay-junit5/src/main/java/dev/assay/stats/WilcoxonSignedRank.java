package dev.assay.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * {@code WilcoxonSignedRank} is used to compare the per-case scores of two models on the same
 * cases without assuming normal differences: the two-sided Wilcoxon signed-rank test, equal to
 * scipy 1.10's {@code wilcoxon(candidate, baseline)} with its defaults
 * ({@code zero_method='wilcox'}, {@code correction=False}, {@code mode='auto'}), plus the
 * matched-pairs rank-biserial correlation as effect size.
 *
 * <pre>{@code
 * WilcoxonSignedRank.Result r = WilcoxonSignedRank.test(candidateErrors, baselineErrors);
 * r.statistic(); r.pValue(); r.rankBiserial();
 * }</pre>
 *
 * <p>scipy 1.10.1's rules, reproduced here as they are:
 * <ul>
 *   <li>Up to 50 pairs the exact null distribution is used, above that the normal approximation.
 *   <li>Any zero difference switches to the normal approximation, which then drops the zeros.
 *   <li>Ties without zeros stay on the exact path; the positive rank sum (which may end in .5)
 *       is truncated to an integer before the exact tail is summed.
 *   <li>The normal approximation corrects the variance for ties and has no continuity correction.
 * </ul>
 *
 * <p>Where scipy raises (all differences zero) or returns {@code NaN} (no pairs), the p-value is
 * {@code NaN} so that one degenerate comparison does not stop a report; {@link Holm} leaves such
 * p-values out of the family.
 */
@API(status = INTERNAL, since = "0.1")
public final class WilcoxonSignedRank {

    private static final int EXACT_MAX_PAIRS = 50;

    private WilcoxonSignedRank() {
    }

    /**
     * Tests whether {@code candidate[i] - baseline[i]} is symmetric about zero.
     *
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static Result test(double[] candidate, double[] baseline) {
        Checks.samePairs(candidate, baseline);
        int n = candidate.length;
        double[] d = new double[n];
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            d[i] = candidate[i] - baseline[i];
            if (d[i] == 0.0) {
                zeros++;
            }
        }
        if (n == 0 || zeros == n) {
            return new Result(n == 0 ? Double.NaN : 0.0, Double.NaN, false, 0, n == 0 ? Double.NaN : 0.0);
        }
        boolean exact = n <= EXACT_MAX_PAIRS && zeros == 0;
        double[] nonZero = withoutZeros(d, zeros);
        SignedRanks ranks = SignedRanks.of(nonZero);
        int count = nonZero.length;
        double statistic = Math.min(ranks.positive(), ranks.negative());
        double pValue = exact
                ? exactPValue(ranks.positive(), count)
                : approximatePValue(statistic, count, ranks.tieCorrection());
        double rankBiserial = (ranks.positive() - ranks.negative()) / (ranks.positive() + ranks.negative());
        return new Result(statistic, pValue, exact, count, rankBiserial);
    }

    private static double[] withoutZeros(double[] d, int zeros) {
        double[] kept = new double[d.length - zeros];
        int k = 0;
        for (double v : d) {
            if (v != 0.0) {
                kept[k++] = v;
            }
        }
        return kept;
    }

    private static double exactPValue(double positiveRankSum, int count) {
        double[] pmf = SignedRankDistribution.pmf(count);
        int r = (int) positiveRankSum; // scipy truncates a tied (x.5) rank sum
        if (r == (pmf.length - 1) / 2) {
            return 1.0;
        }
        double less = 0.0;
        for (int i = 0; i <= r; i++) {
            less += pmf[i];
        }
        double greater = 0.0;
        for (int i = r; i < pmf.length; i++) {
            greater += pmf[i];
        }
        return Math.max(0.0, Math.min(1.0, 2.0 * Math.min(less, greater)));
    }

    private static double approximatePValue(double statistic, int count, double tieCorrection) {
        double mean = count * (count + 1.0) * 0.25;
        double variance = count * (count + 1.0) * (2.0 * count + 1.0) - tieCorrection;
        double z = (statistic - mean) / Math.sqrt(variance / 24);
        return 2.0 * Distributions.normalSf(Math.abs(z));
    }

    /**
     * The outcome of {@link #test(double[], double[])}.
     *
     * @param statistic the smaller of the positive and negative rank sums, as scipy reports it
     * @param pValue the two-sided p-value
     * @param exact whether the exact null distribution was used (else the normal approximation)
     * @param n the number of non-zero differences that were ranked
     * @param rankBiserial the matched-pairs rank-biserial correlation
     *     {@code (R+ - R-) / (R+ + R-)} over the non-zero differences, in [-1, 1]; positive when
     *     the candidate tends to be larger than the baseline
     */
    public record Result(double statistic, double pValue, boolean exact, int n, double rankBiserial) {
    }
}
