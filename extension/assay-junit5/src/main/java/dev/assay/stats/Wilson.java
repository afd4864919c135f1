package dev.assay.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * {@code Wilson} is used to put a confidence interval on a proportion such as accuracy or
 * success rate: the Wilson score interval, equal to statsmodels'
 * {@code proportion_confint(count, nobs, alpha, method='wilson')}.
 *
 * <pre>{@code
 * Interval ci = Wilson.interval(81, 100, 0.95); // 0.7222 .. 0.8749
 * }</pre>
 *
 * <p>Unlike the normal (Wald) interval it stays inside [0, 1] and keeps its coverage near 0 and
 * 1, which is where model accuracies live.
 */
@API(status = INTERNAL, since = "0.1")
public final class Wilson {

    private Wilson() {
    }

    /**
     * The Wilson score interval for {@code successes} out of {@code n}.
     *
     * @param confidence for example 0.95
     * @throws IllegalArgumentException when {@code n < 1}, {@code successes} is outside
     *     {@code [0, n]}, or {@code confidence} is outside (0, 1)
     */
    public static Interval interval(long successes, long n, double confidence) {
        if (n < 1 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("Wilson interval needs 0 <= successes <= n and n >= 1, got successes ["
                    + successes + "] and n [" + n + "]");
        }
        Checks.confidence(confidence);
        double nobs = n;
        double q = successes / nobs;
        double crit = Distributions.normalQuantile(1.0 - (1.0 - confidence) / 2.0);
        double crit2 = crit * crit;
        // Same operation order as statsmodels, so the results agree to the last bits.
        double denom = 1 + crit2 / nobs;
        double center = (q + crit2 / (2 * nobs)) / denom;
        double dist = crit * Math.sqrt(q * (1.0 - q) / nobs + crit2 / (4.0 * nobs * nobs));
        dist /= denom;
        return new Interval(center - dist, center + dist, Interval.WILSON);
    }

    /** The observed proportion with its Wilson interval. */
    public static Estimate estimate(long successes, long n, double confidence) {
        Interval interval = interval(successes, n, confidence);
        return new Estimate((double) successes / n, interval);
    }
}
