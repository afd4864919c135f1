package dev.assay.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * {@code Verdict} is used to turn a comparison's numbers into the {@code verdict} of
 * {@code summary.json}: {@code better}, {@code worse} or {@code no_difference}, and to say when
 * a comparison is too small to support any claim.
 *
 * <pre>{@code
 * Verdict v = Verdict.decide(delta, ci, pAdjusted, 0.05, false); // error metric: lower is better
 * v.label();                                                       // "better"
 * boolean unsure = Verdict.cannotTell(n, delta, mde, pAdjusted, 0.05);
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public enum Verdict {

    /** The candidate is significantly better than the baseline. */
    BETTER("better"),
    /** The candidate is significantly worse than the baseline. */
    WORSE("worse"),
    /** No significant difference. */
    NO_DIFFERENCE("no_difference");

    /** Fewer paired cases than this support no claim either way; see {@link #cannotTell}. */
    public static final int MIN_PAIRED_CASES = 10;

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The name {@code summary.json} uses. */
    public String label() {
        return label;
    }

    /**
     * The verdict for {@code delta = candidate − baseline}.
     *
     * <p>It is decided on the adjusted p-value: below {@code alpha}, the sign of {@code delta} in
     * the metric's better direction says better or worse. Where no test could be run
     * ({@code pAdjusted} is NaN, e.g. a metric with only a bootstrap interval) the interval
     * decides instead: better or worse when it lies entirely on one side of zero. That interval
     * is not adjusted for multiplicity, which the caller should keep in mind.
     *
     * @param interval the interval on {@code delta}; may be null when there is none
     * @param higherIsBetter true for scores such as accuracy, false for errors such as mae
     */
    public static Verdict decide(double delta, Interval interval, double pAdjusted, double alpha,
            boolean higherIsBetter) {
        Checks.alpha(alpha);
        boolean significant;
        if (!Double.isNaN(pAdjusted)) {
            significant = pAdjusted < alpha;
        } else {
            significant = interval != null && (interval.low() > 0.0 || interval.high() < 0.0);
        }
        if (!significant || delta == 0.0 || Double.isNaN(delta)) {
            return NO_DIFFERENCE;
        }
        return (delta > 0.0) == higherIsBetter ? BETTER : WORSE;
    }

    /**
     * Whether the comparison is too small to say anything: fewer than {@link #MIN_PAIRED_CASES}
     * pairs, or a non-significant result whose observed difference is smaller than the minimum
     * detectable effect (see {@link Power}) — the test could not have seen a difference that
     * size, so "no difference" would claim more than the data show.
     *
     * @param mde the minimum detectable effect in the units of {@code delta}, positive
     */
    public static boolean cannotTell(int n, double delta, double mde, double pAdjusted, double alpha) {
        Checks.alpha(alpha);
        if (n < MIN_PAIRED_CASES) {
            return true;
        }
        boolean significant = !Double.isNaN(pAdjusted) && pAdjusted < alpha;
        return !significant && !(Math.abs(delta) >= mde);
    }

    /** The verdict whose {@link #label()} is {@code label}. */
    public static Verdict ofLabel(String label) {
        Objects.requireNonNull(label, "label");
        for (Verdict v : values()) {
            if (v.label.equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("Unknown verdict [" + label + "]; known: better, worse, no_difference");
    }
}
