package dev.assay.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apiguardian.api.API;

/**
 * {@code Power} is used to say how large a difference a comparison could have detected: the
 * minimum detectable effect (MDE) at a given power, so that "no difference" on 30 cases is not
 * read as "no difference exists".
 *
 * <pre>{@code
 * double mde = Power.pairedTTestMde(40, sdOfDifferences, 0.05);   // in the metric's units
 * double mdeAccuracy = Power.mcNemarMde(500, 0.12, 0.05);         // in accuracy points
 * }</pre>
 *
 * <p>All calculations are two-sided at {@link #DEFAULT_POWER} unless a power is passed.
 */
@API(status = INTERNAL, since = "0.1")
public final class Power {

    /** The power the MDE shortcuts use. */
    public static final double DEFAULT_POWER = 0.8;

    private Power() {
    }

    /**
     * The standardised effect size d (mean difference over the standard deviation of the
     * differences) that a two-sided one-sample / paired t-test on {@code n} pairs detects with
     * the given power; equal to statsmodels' {@code TTestPower().solve_power(nobs=n, alpha=alpha,
     * power=power)}, solved here to about 1e-12 (statsmodels stops within about 3e-6).
     *
     * @throws IllegalArgumentException when {@code n < 2} or alpha/power are outside (0, 1) or
     *     {@code power <= alpha}
     */
    public static double tTestEffectSize(int n, double alpha, double power) {
        if (n < 2) {
            throw new IllegalArgumentException("A t-test needs at least 2 pairs, got n [" + n + "]");
        }
        Checks.alpha(alpha);
        if (!(power > alpha && power < 1.0)) {
            throw new IllegalArgumentException(
                    "power must lie between alpha [" + alpha + "] and 1, e.g. 0.8; got [" + power + "]");
        }
        double df = n - 1.0;
        double crit = Distributions.tQuantile(1.0 - alpha / 2.0, df);
        double sqrtN = Math.sqrt(n);
        // Power as statsmodels' ttest_power computes it: both rejection tails under the noncentral t.
        java.util.function.DoubleUnaryOperator powerAt = d ->
                NoncentralT.sf(crit, df, d * sqrtN) + NoncentralT.cdf(-crit, df, d * sqrtN);
        double high = 1.0;
        while (powerAt.applyAsDouble(high) < power) {
            high *= 2.0;
        }
        return new BrentSolver(1e-15, 1e-13).solve(10_000, d -> powerAt.applyAsDouble(d) - power, 0.0, high);
    }

    /**
     * The smallest mean difference a two-sided paired t-test on {@code n} pairs detects with 80%
     * power: {@code d · sdDifference} with d from {@link #tTestEffectSize}.
     *
     * @param sdDifference the standard deviation of the per-case differences ({@code ddof = 1})
     */
    public static double pairedTTestMde(int n, double sdDifference, double alpha) {
        return tTestEffectSize(n, alpha, DEFAULT_POWER) * sdDifference;
    }

    /** {@link #mcNemarMde(int, double, double, double)} at 80% power. */
    public static double mcNemarMde(int n, double discordantProportion, double alpha) {
        return mcNemarMde(n, discordantProportion, alpha, DEFAULT_POWER);
    }

    /**
     * The smallest difference in accuracy, {@code δ = p10 - p01}, that a two-sided McNemar test on
     * {@code n} pairs detects with the given power, when a fraction {@code ψ = p10 + p01} of the
     * pairs is discordant.
     *
     * <p>Uses Connor's (1987) normal approximation, {@code n = (z₁₋α/₂ √ψ + z_power √(ψ − δ²))² / δ²},
     * solved for δ in closed form:
     * {@code δ = √ψ (z₁₋α/₂ √n + z_power √(n − z₁₋α/₂² + z_power²)) / (n + z_power²)}.
     * It is approximate: the test itself is exact (binomial), and for few discordant pairs the
     * true power is somewhat lower.
     *
     * @return the MDE as a proportion, or {@link Double#POSITIVE_INFINITY} when no difference
     *     that is possible with this ψ (at most ψ) could be detected, and 0 never
     * @throws IllegalArgumentException when {@code n < 1} or ψ is outside (0, 1]
     */
    public static double mcNemarMde(int n, double discordantProportion, double alpha, double power) {
        if (n < 1) {
            throw new IllegalArgumentException("McNemar power needs n >= 1, got [" + n + "]");
        }
        if (!(discordantProportion > 0.0 && discordantProportion <= 1.0)) {
            throw new IllegalArgumentException("The discordant proportion must lie in (0, 1], got ["
                    + discordantProportion + "]; with no discordant pairs no difference is detectable");
        }
        Checks.alpha(alpha);
        double zAlpha = Distributions.normalQuantile(1.0 - alpha / 2.0);
        double zPower = Distributions.normalQuantile(power);
        double underRoot = n - zAlpha * zAlpha + zPower * zPower;
        if (underRoot < 0) {
            return Double.POSITIVE_INFINITY;
        }
        double delta = Math.sqrt(discordantProportion)
                * (zAlpha * Math.sqrt(n) + zPower * Math.sqrt(underRoot)) / (n + zPower * zPower);
        return delta > discordantProportion ? Double.POSITIVE_INFINITY : delta;
    }
}
