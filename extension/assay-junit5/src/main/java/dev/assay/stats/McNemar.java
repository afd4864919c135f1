package dev.assay.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apache.commons.math3.special.Beta;
import org.apiguardian.api.API;

/**
 * {@code McNemar} is used to compare two models' correctness on the same cases: the exact
 * McNemar test on the discordant pairs, equal to statsmodels'
 * {@code mcnemar([[a, b], [c, d]], exact=True)}.
 *
 * <pre>{@code
 * // b: cases only the candidate got right; c: cases only the baseline got right
 * McNemar.Result r = McNemar.exact(12, 30);
 * r.pValue();    // 0.00821...
 * r.oddsRatio(); // 0.4
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class McNemar {

    private McNemar() {
    }

    /**
     * The exact (binomial) McNemar test of {@code b} against {@code c}.
     *
     * <p>The p-value is {@code min(1, 2 · P(X ≤ min(b, c)))} for {@code X ~ Binomial(b + c, 1/2)};
     * with no discordant pairs it is 1. The odds ratio is {@code b / c}; when either count is zero
     * it is {@code (b + 0.5) / (c + 0.5)} (the Haldane–Anscombe correction), so it stays finite
     * and keeps its direction instead of becoming 0 or infinite.
     *
     * @param b the count of the cell {@code table[0][1]}, e.g. cases only the candidate got right
     * @param c the count of the cell {@code table[1][0]}, e.g. cases only the baseline got right
     * @throws IllegalArgumentException when a count is negative
     */
    public static Result exact(int b, int c) {
        if (b < 0 || c < 0 || (long) b + c > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "McNemar needs non-negative discordant counts, got b [" + b + "] and c [" + c + "]");
        }
        int n = b + c;
        int k = Math.min(b, c);
        // P(X <= k) as the incomplete beta I_{1/2}(n - k, k + 1), as scipy's bdtr does; written as
        // 1 - I(...) (commons-math's form) it would lose the very small p-values.
        double pValue = n == 0 || k == n ? 1.0 : Math.min(1.0, 2.0 * Beta.regularizedBeta(0.5, n - k, k + 1.0));
        double oddsRatio = b == 0 || c == 0 ? (b + 0.5) / (c + 0.5) : (double) b / c;
        return new Result(b, c, k, pValue, oddsRatio);
    }

    /**
     * The outcome of {@link #exact(int, int)}.
     *
     * @param b the first discordant count
     * @param c the second discordant count
     * @param statistic {@code min(b, c)}, as statsmodels reports it
     * @param pValue the two-sided exact p-value
     * @param oddsRatio {@code b / c}, Haldane-corrected when a count is zero
     */
    public record Result(int b, int c, double statistic, double pValue, double oddsRatio) {
    }
}
