package dev.assay.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apiguardian.api.API;

/**
 * {@code PoissonRate} is used to put a confidence interval on a rate — events per unit of time, such
 * as cases completed per second — with the exact (Garwood) interval for a Poisson count:
 * {@code [χ²(α/2; 2k) / 2, χ²(1 − α/2; 2k + 2) / 2] / t}, the interval scipy's {@code chi2.ppf} gives
 * and {@code statsmodels.stats.rates} calls {@code exact-c}.
 *
 * <pre>{@code
 * Estimate rate = PoissonRate.estimate(500, 3.7, 0.95); // 135.1 per second [123.5, 147.5]
 * }</pre>
 *
 * <p>Completions of a benchmark are as regular as or more regular than a Poisson process (calls that
 * take about the same time each), so the interval is on the safe side.
 */
@API(status = INTERNAL, since = "0.1")
public final class PoissonRate {

    private PoissonRate() {
    }

    /**
     * {@code events / exposure} with its exact interval.
     *
     * @param events how many events, at least 0
     * @param exposure the time (or other exposure) they happened in, above 0
     * @param confidence for example 0.95
     * @throws IllegalArgumentException when {@code events < 0} or {@code exposure} is not above 0
     */
    public static Estimate estimate(long events, double exposure, double confidence) {
        Checks.confidence(confidence);
        if (events < 0 || !(exposure > 0) || Double.isInfinite(exposure)) {
            throw new IllegalArgumentException("A rate needs events >= 0 and a finite exposure > 0; got events [" + events
                    + "] and exposure [" + exposure + "]");
        }
        double alpha = 1.0 - confidence;
        double low = events == 0 ? 0.0 : new ChiSquaredDistribution(null, 2.0 * events)
                .inverseCumulativeProbability(alpha / 2) / 2.0;
        double high = new ChiSquaredDistribution(null, 2.0 * events + 2).inverseCumulativeProbability(1 - alpha / 2) / 2.0;
        return new Estimate(events / exposure, new Interval(low / exposure, high / exposure, Interval.POISSON_EXACT));
    }
}
