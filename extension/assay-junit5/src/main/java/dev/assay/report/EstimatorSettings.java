package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * {@code EstimatorSettings} are the knobs of interval estimation.
 *
 * @param confidence the interval's confidence level (0.95)
 * @param resamples bootstrap resamples (1000); 0 turns intervals off
 * @param seed the seed every resampling derives from, so a run is reproducible
 * @param maxBootstrapCases above this many cases, resamples hold this many rows (m-out-of-n bootstrap)
 */
@API(status = INTERNAL, since = "0.1")
public record EstimatorSettings(double confidence, int resamples, long seed, int maxBootstrapCases) {

    /** 95% intervals from 1,000 resamples, seed 42, full resamples up to 5,000 cases. */
    public static EstimatorSettings defaults() {
        return new EstimatorSettings(0.95, 1000, 42L, 5_000);
    }
}
