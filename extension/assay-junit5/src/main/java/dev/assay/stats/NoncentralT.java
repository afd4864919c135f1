package dev.assay.stats;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The cumulative distribution of the noncentral t, which commons-math3 lacks: Lenth's algorithm
 * AS 243 (Applied Statistics 38, 1989), a series in incomplete beta functions. It is what power
 * calculations for t-tests need; statsmodels gets the same numbers from scipy's {@code nct}.
 */
final class NoncentralT {

    private static final double ERROR_MAX = 1e-15;
    private static final int ITERATIONS_MAX = 10_000;
    private static final double LOG_SQRT_PI = 0.5 * Math.log(Math.PI);
    private static final double SQRT_2_OVER_PI = Math.sqrt(2.0 / Math.PI);
    /** Above this many degrees of freedom AS 243 switches to its normal approximation. */
    private static final double DF_NORMAL = 4e5;

    private NoncentralT() {
    }

    /** P(T ≤ t) for T noncentral t with {@code df} degrees of freedom and noncentrality {@code delta}. */
    static double cdf(double t, double df, double delta) {
        boolean negate = t < 0;
        double tt = negate ? -t : t;
        double del = negate ? -delta : delta;
        double result;
        if (df > DF_NORMAL) {
            double s = 1.0 / (4.0 * df);
            result = Distributions.normalCdf((tt * (1.0 - s) - del) / Math.sqrt(1.0 + tt * tt * 2.0 * s));
        } else {
            result = series(tt, df, del) + Distributions.normalSf(del);
        }
        return negate ? 1.0 - result : result;
    }

    /** P(T > t). */
    static double sf(double t, double df, double delta) {
        return 1.0 - cdf(t, df, delta);
    }

    /** The AS 243 series for t ≥ 0; the caller adds P(Z > delta). */
    private static double series(double t, double df, double del) {
        double x = t * t / (t * t + df);
        if (x <= 0.0) {
            return 0.0;
        }
        double lambda = del * del;
        double p = 0.5 * Math.exp(-0.5 * lambda);
        double q = SQRT_2_OVER_PI * p * del;
        double s = 0.5 - p;
        double a = 0.5;
        double b = 0.5 * df;
        double rxb = Math.pow(1.0 - x, b);
        double logBeta = LOG_SQRT_PI + Gamma.logGamma(b) - Gamma.logGamma(a + b);
        double xOdd = Beta.regularizedBeta(x, a, b);
        double gOdd = 2.0 * rxb * Math.exp(a * Math.log(x) - logBeta);
        double xEven = 1.0 - rxb;
        double gEven = b * x * rxb;
        double sum = p * xOdd + q * xEven;
        double en = 1.0;
        double errorBound;
        do {
            a += 1.0;
            xOdd -= gOdd;
            xEven -= gEven;
            gOdd *= x * (a + b - 1.0) / a;
            gEven *= x * (a + b - 0.5) / (a + 0.5);
            p *= lambda / (2.0 * en);
            q *= lambda / (2.0 * en + 1.0);
            s -= p;
            en += 1.0;
            sum += p * xOdd + q * xEven;
            errorBound = 2.0 * s * (xOdd - gOdd);
        } while (errorBound > ERROR_MAX && en <= ITERATIONS_MAX);
        return sum;
    }
}
