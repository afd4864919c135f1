package dev.assay.report;

import dev.assay.stats.BootstrapResult;
import dev.assay.stats.Verdict;

/**
 * {@code ComparisonNotes} words a comparison for people: what was found with the numbers behind
 * it, or, when the run is too small, that it cannot tell and what it could have detected.
 */
final class ComparisonNotes {

    private ComparisonNotes() {
    }

    static String note(BenchmarkSpec.CompareSpec c, String metric, double base, double cand, double delta,
                       BootstrapResult diff, String test, double p, double pAdjusted, Verdict verdict,
                       boolean cannotTell, int n, double mde, double confidence) {
        if (Double.isNaN(delta)) {
            return metric + " could not be computed for both models over the " + n + " paired cases";
        }
        String numbers = Fmt.num(cand) + " vs " + Fmt.num(base) + " (\u0394 " + signed(delta)
                + (diff.interval().isFinite() ? ", " + Math.round(confidence * 100) + "% CI " + Fmt.num(diff.interval().low())
                + "\u2013" + Fmt.num(diff.interval().high()) : "")
                + ", " + test + " p=" + Fmt.num(p) + ", Holm p=" + Fmt.num(pAdjusted) + ", n=" + n + ")";
        if (cannotTell) {
            return "this run cannot tell whether " + c.candidate() + " differs from " + c.baseline() + " on " + metric
                    + ": " + numbers + (Double.isFinite(mde) ? "; with " + n + " cases it could only detect a difference of "
                    + Fmt.num(mde) + " or more (80% power)" : "; too few cases for any claim");
        }
        return switch (verdict) {
            case BETTER -> c.candidate() + " is better than " + c.baseline() + " on " + metric + ": " + numbers;
            case WORSE -> c.candidate() + " is worse than " + c.baseline() + " on " + metric + ": " + numbers;
            default -> "no significant difference on " + metric + ": " + numbers
                    + (Double.isFinite(mde) ? "; the run could detect differences of " + Fmt.num(mde) + " or more" : "");
        };
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : "") + Fmt.num(v);
    }
}
