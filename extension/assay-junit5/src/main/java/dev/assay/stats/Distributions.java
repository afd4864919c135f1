package dev.assay.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;

/**
 * Normal and Student-t tails and quantiles, to the precision scipy's {@code ndtr}/{@code ndtri}/
 * {@code stdtr} give. commons-math3 supplies the distributions; its quantiles stop at a 1e-9
 * solver accuracy by default, so they are polished here with Newton steps, and tails are taken
 * from the incomplete beta function directly rather than as {@code 1 - cdf}, which would lose
 * small p-values to cancellation.
 */
final class Distributions {

    private static final double SQRT2 = Math.sqrt(2.0);
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private Distributions() {
    }

    /** P(Z ≤ x) for a standard normal Z. */
    static double normalCdf(double x) {
        return 0.5 * Erf.erfc(-x / SQRT2);
    }

    /** P(Z > x) for a standard normal Z. */
    static double normalSf(double x) {
        return 0.5 * Erf.erfc(x / SQRT2);
    }

    /** The x with P(Z ≤ x) = p. */
    static double normalQuantile(double p) {
        if (p <= 0.0 || p >= 1.0) {
            return p == 0.0 ? Double.NEGATIVE_INFINITY : p == 1.0 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        double x = STANDARD_NORMAL.inverseCumulativeProbability(p);
        for (int i = 0; i < 2; i++) {
            double density = Math.exp(-0.5 * x * x) / Math.sqrt(2.0 * Math.PI);
            // Work on whichever tail is small, so the residual keeps its precision.
            double residual = x < 0 ? normalCdf(x) - p : (1.0 - p) - normalSf(x);
            x -= residual / density;
        }
        return x;
    }

    /** P(|T| ≥ |t|) for Student's t with {@code df} degrees of freedom. */
    static double tTwoSidedP(double t, double df) {
        if (Double.isNaN(t) || Double.isNaN(df)) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            return 0.0;
        }
        return Beta.regularizedBeta(df / (df + t * t), 0.5 * df, 0.5);
    }

    /** P(T > t) for Student's t with {@code df} degrees of freedom. */
    static double tSf(double t, double df) {
        double tail = 0.5 * tTwoSidedP(t, df);
        return t >= 0 ? tail : 1.0 - tail;
    }

    /** The t with P(T ≤ t) = p. */
    static double tQuantile(double p, double df) {
        TDistribution distribution = new TDistribution(null, df, 1e-14);
        double t = distribution.inverseCumulativeProbability(p);
        for (int i = 0; i < 2; i++) {
            double residual = t < 0 ? tSf(-t, df) - p : (1.0 - p) - tSf(t, df);
            t -= residual / distribution.density(t);
        }
        return t;
    }
}
