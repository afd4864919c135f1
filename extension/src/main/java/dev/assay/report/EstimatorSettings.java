package dev.assay.report;

/**
 * {@code EstimatorSettings} are the knobs of interval estimation.
 *
 * @param confidence the interval's confidence level (0.95)
 * @param resamples bootstrap resamples (1000)
 * @param seed the seed every resampling derives from, so a run is reproducible
 */
public record EstimatorSettings(double confidence, int resamples, long seed) {

    /** 95% intervals from 1,000 resamples, seed 42. */
    public static EstimatorSettings defaults() {
        return new EstimatorSettings(0.95, 1000, 42L);
    }
}
