package dev.assay.report;

import dev.assay.stats.Correction;
import dev.assay.stats.Interval;
import dev.assay.stats.Verdict;

/**
 * {@code ComparisonNotes} words a comparison for people: what was found with the numbers behind
 * it, or why the run cannot tell. A note never contradicts its verdict: "too few cases" only when
 * there are fewer than {@link Verdict#MIN_PAIRED_CASES} pairs, and the detectable difference only
 * where the difference seen is below it (a larger difference that is not significant says nothing
 * about power).
 */
final class ComparisonNotes {

    private final BenchmarkSpec.CompareSpec compare;
    private final double confidence;
    private final Correction correction;

    ComparisonNotes(BenchmarkSpec.CompareSpec compare, double confidence, Correction correction) {
        this.compare = compare;
        this.confidence = confidence;
        this.correction = correction;
    }

    String note(String metricName, double base, double cand, double delta, Interval interval, String test, double p,
                double pAdjusted, Verdict verdict, int n, double mde) {
        // A per-label metric names a label a model chose, of any length: the sentence quotes it short.
        String metric = Display.name(metricName);
        String c = compare.candidate();
        String b = compare.baseline();
        if (Double.isNaN(delta)) {
            return "this run cannot tell whether " + c + " differs from " + b + " on " + metric + ": it could not be "
                    + "computed for both models over the " + n + " paired cases";
        }
        String numbers = Fmt.num(cand) + " vs " + Fmt.num(base) + " (\u0394 " + signed(delta)
                + (interval != null ? ", " + Math.round(confidence * 100) + "% CI " + Fmt.range(interval.low(),
                interval.high()) : "")
                + ", " + test + " p" + Fmt.p(p) + ", " + adjusted() + " p" + Fmt.p(pAdjusted) + ", n=" + n + ")";
        return switch (verdict) {
            case BETTER -> c + " is better than " + b + " on " + metric + ": " + numbers;
            case WORSE -> c + " is worse than " + b + " on " + metric + ": " + numbers;
            case NO_DIFFERENCE -> c + " and " + b + " are equivalent on " + metric + " within \u00b1"
                    + Fmt.num(compare.tolerance()) + " (the interval lies inside it): " + numbers;
            case CANNOT_TELL -> "this run cannot tell whether " + c + " differs from " + b + " on " + metric + ": "
                    + numbers + "; " + whyNot(delta, interval, n, mde);
        };
    }

    private String whyNot(double delta, Interval interval, int n, double mde) {
        if (n < Verdict.MIN_PAIRED_CASES) {
            return "too few cases for any claim (" + n + " pairs; at least " + Verdict.MIN_PAIRED_CASES + " needed)";
        }
        String reason = correction == Correction.NONE ? "the difference is not significant"
                : "the difference is not significant after " + correction.label() + " correction";
        if (interval != null && interval.low() == 0.0 && interval.high() == 0.0 && delta == 0.0) {
            reason = "the models score the same on every resample of the " + n + " cases";
        }
        String equivalence = compare.tolerance() > 0
                ? ", and the interval is not inside \u00b1" + Fmt.num(compare.tolerance()) + ", so equivalence is not "
                + "shown either"
                : "; declare a tolerance on @Compare to test for equivalence";
        String power = Double.isFinite(mde) && Math.abs(delta) < mde
                ? "; with " + n + " cases it could reliably detect (80% power) only differences of " + Fmt.num(mde)
                + " or more" : "";
        return reason + equivalence + power;
    }

    private String adjusted() {
        return switch (correction) {
            case HOLM -> "Holm";
            case BONFERRONI -> "Bonferroni";
            case NONE -> "uncorrected";
        };
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : "") + Fmt.num(v);
    }
}
