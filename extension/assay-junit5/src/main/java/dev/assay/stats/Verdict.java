package dev.assay.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * {@code Verdict} is used to turn a comparison's numbers into the {@code verdict} of
 * {@code summary.json}: {@code better} or {@code worse} when the corrected p-value is below alpha,
 * {@code no_difference} only when equivalence within a declared tolerance is shown, and
 * {@code cannot_tell} otherwise. Not significant is not the same as no difference.
 *
 * <pre>{@code
 * Verdict v = Verdict.decide(delta, ci, pAdjusted, 0.05, false, 0.0); // error metric: lower is better
 * v.label();                                                            // "better"
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public enum Verdict {

    /** The candidate is significantly better than the baseline. */
    BETTER("better"),
    /** The candidate is significantly worse than the baseline. */
    WORSE("worse"),
    /** The two are shown equivalent: the difference's interval lies inside the declared ±tolerance. */
    NO_DIFFERENCE("no_difference"),
    /** Neither a difference nor equivalence is shown. */
    CANNOT_TELL("cannot_tell");

    /** Fewer paired cases than this support no claim either way. */
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
     * <p>Better or worse when the corrected p-value is below {@code alpha}, by the sign of
     * {@code delta} in the metric's better direction; where no test could be run ({@code pAdjusted}
     * is NaN) the interval decides instead (it excludes 0). Otherwise {@code no_difference} when
     * {@code tolerance > 0} and the interval lies strictly inside {@code (−tolerance, tolerance)}:
     * both one-sided tests of the TOST procedure reject at level {@code (1 − confidence) / 2}, so
     * the equivalence claim is, if anything, conservative. Otherwise {@code cannot_tell}; also
     * below {@link #MIN_PAIRED_CASES} pairs, whatever the numbers.
     *
     * @param interval the interval on {@code delta}; may be null when there is none
     * @param higherIsBetter true for scores such as accuracy, false for errors such as mae
     * @param tolerance the comparison's declared equivalence margin in the metric's units; 0 for none
     * @param n the number of paired cases
     */
    public static Verdict decide(double delta, Interval interval, double pAdjusted, double alpha,
            boolean higherIsBetter, double tolerance, int n) {
        Checks.alpha(alpha);
        if (Double.isNaN(delta) || n < MIN_PAIRED_CASES) {
            return CANNOT_TELL;
        }
        if (significant(interval, pAdjusted, alpha) && delta != 0.0) {
            return (delta > 0.0) == higherIsBetter ? BETTER : WORSE;
        }
        return equivalent(interval, tolerance) ? NO_DIFFERENCE : CANNOT_TELL;
    }

    /** Like {@link #decide(double, Interval, double, double, boolean, double, int)} with no tolerance and no minimum n. */
    public static Verdict decide(double delta, Interval interval, double pAdjusted, double alpha,
            boolean higherIsBetter) {
        return decide(delta, interval, pAdjusted, alpha, higherIsBetter, 0.0, Integer.MAX_VALUE);
    }

    /** Whether the corrected p-value (or, without one, the interval) shows a difference. */
    public static boolean significant(Interval interval, double pAdjusted, double alpha) {
        if (!Double.isNaN(pAdjusted)) {
            return pAdjusted < alpha;
        }
        return interval != null && interval.isFinite() && (interval.low() > 0.0 || interval.high() < 0.0);
    }

    /** Whether the interval lies strictly inside {@code (−tolerance, tolerance)}; never for tolerance 0. */
    public static boolean equivalent(Interval interval, double tolerance) {
        return tolerance > 0.0 && interval != null && interval.isFinite()
                && interval.low() > -tolerance && interval.high() < tolerance;
    }

    /** The verdict whose {@link #label()} is {@code label}. */
    public static Verdict ofLabel(String label) {
        Objects.requireNonNull(label, "label");
        for (Verdict v : values()) {
            if (v.label.equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("Unknown verdict [" + label + "]; known: better, worse, no_difference, "
                + "cannot_tell");
    }
}
