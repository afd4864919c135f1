package dev.assay.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apiguardian.api.API;

/**
 * {@code EffectSize} is used to give every comparison row an effect size with its name, so a
 * reader knows which scale the number is on.
 *
 * <pre>{@code
 * EffectSize.discordantOddsRatio(3, 12, 0.95);  // 4.0, exact CI from Clopper–Pearson
 * EffectSize.relativeDifference(0.06, 0.80);    // 0.075: 7.5% above the baseline
 * }</pre>
 *
 * @param kind the effect size's name in {@code summary.json} ({@code effect_size_kind})
 * @param value its value, or NaN when undefined
 * @param ciLow the lower end of its interval, or NaN when it has none
 * @param ciHigh the upper end of its interval, NaN when it has none, infinite when unbounded
 */
@API(status = INTERNAL, since = "0.1")
public record EffectSize(String kind, double value, double ciLow, double ciHigh) {

    /** Cohen's d_z of a paired t-test: mean difference over the standard deviation of the differences. */
    public static final String COHENS_DZ = "cohens_dz";
    /** The matched-pairs rank-biserial correlation of a Wilcoxon signed-rank test (Kerby 2014). */
    public static final String RANK_BISERIAL = "rank_biserial";
    /** McNemar's conditional odds ratio: candidate-only right over baseline-only right. */
    public static final String ODDS_RATIO = "discordant_odds_ratio";
    /** The difference relative to the baseline's value: {@code delta / |baseline|}. */
    public static final String RELATIVE_DIFFERENCE = "relative_difference";
    /** The plain difference, where the baseline is 0 and a relative one is undefined. */
    public static final String DIFFERENCE = "difference";

    /** An effect size without an interval. */
    public static EffectSize of(String kind, double value) {
        return new EffectSize(kind, value, Double.NaN, Double.NaN);
    }

    /**
     * The odds ratio of the discordant pairs in the candidate's favour, {@code c / b} for {@code c}
     * pairs only the candidate got right and {@code b} only the baseline did, with its exact
     * interval: the Clopper–Pearson interval of {@code c / (b + c)} mapped through {@code p / (1 − p)}.
     * When a count is 0 the point estimate is Haldane–Anscombe corrected, {@code (c + 0.5) / (b + 0.5)},
     * so it stays finite; the interval is not corrected (one end is then 0 or unbounded). With no
     * discordant pair there is nothing to estimate: 1 with an unbounded interval.
     */
    public static EffectSize discordantOddsRatio(int b, int c, double confidence) {
        Checks.confidence(confidence);
        int n = b + c;
        double value = b == 0 || c == 0 ? (c + 0.5) / (b + 0.5) : (double) c / b;
        if (n == 0) {
            return new EffectSize(ODDS_RATIO, 1.0, 0.0, Double.POSITIVE_INFINITY);
        }
        double tail = (1.0 - confidence) / 2.0;
        double low = c == 0 ? 0.0 : new BetaDistribution(null, c, n - c + 1.0).inverseCumulativeProbability(tail);
        double high = c == n ? 1.0 : new BetaDistribution(null, c + 1.0, n - c).inverseCumulativeProbability(1 - tail);
        return new EffectSize(ODDS_RATIO, value, low / (1.0 - low), high == 1.0 ? Double.POSITIVE_INFINITY
                : high / (1.0 - high));
    }

    /** {@code delta / |baseline|}; the plain difference, named so, where the baseline is 0. */
    public static EffectSize relativeDifference(double delta, double baseline) {
        if (baseline == 0.0 || !Double.isFinite(baseline)) {
            return of(DIFFERENCE, delta);
        }
        return of(RELATIVE_DIFFERENCE, delta / Math.abs(baseline));
    }
}
