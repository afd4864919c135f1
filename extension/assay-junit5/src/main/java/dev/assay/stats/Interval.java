package dev.assay.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * {@code Interval} is used to carry a confidence interval together with the name of the method
 * that produced it, so a report can say how the bounds were obtained.
 *
 * <pre>{@code
 * Interval ci = Wilson.interval(81, 100, 0.95);
 * ci.low(); ci.high(); ci.method(); // "wilson"
 * }</pre>
 *
 * <p>Bounds are {@code NaN} when no interval could be computed (for example every bootstrap
 * resample gave {@code NaN}).
 *
 * @param low the lower bound
 * @param high the upper bound
 * @param method how the interval was computed, one of the {@code *} constants of this type
 */
@API(status = INTERNAL, since = "0.1")
public record Interval(double low, double high, String method) {

    /** Percentiles of the bootstrap distribution. */
    public static final String BOOTSTRAP_PERCENTILE = "bootstrap_percentile";
    /** Bias-corrected and accelerated bootstrap (Efron 1987). */
    public static final String BOOTSTRAP_BCA = "bootstrap_bca";
    /** The m-out-of-n bootstrap with its spread rescaled to the full sample (large datasets). */
    public static final String BOOTSTRAP_M_OUT_OF_N = "bootstrap_m_out_of_n";
    /** Wilson score interval for a proportion. */
    public static final String WILSON = "wilson";
    /** Fisher's z interval for Pearson's correlation ({@code scipy.stats.pearsonr}). */
    public static final String FISHER_Z = "fisher_z";
    /** Exact (Garwood) interval of a Poisson rate, e.g. measured throughput. */
    public static final String POISSON_EXACT = "poisson_exact";
    /** Likelihood-ratio (profile-likelihood) interval of a function of multinomial cells. */
    public static final String PROFILE_LIKELIHOOD = "profile_likelihood";
    /** Student-t interval for a mean. */
    public static final String T = "t";

    public Interval {
        Objects.requireNonNull(method, "method");
        if (low > high) {
            throw new IllegalArgumentException(
                    "Interval bounds are reversed: low [" + low + "] > high [" + high + "]");
        }
    }

    /** Whether both bounds are finite numbers. */
    public boolean isFinite() {
        return Double.isFinite(low) && Double.isFinite(high);
    }

    /** Whether {@code value} lies within the closed interval; {@code false} for a NaN interval. */
    public boolean contains(double value) {
        return low <= value && value <= high;
    }
}
