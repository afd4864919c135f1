package dev.assay.cli;

import dev.assay.report.BenchmarkSpec;
import dev.assay.report.ComparisonResult;
import dev.assay.report.Fmt;
import dev.assay.report.Summary;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ComparisonGate} fails a comparison as the JUnit comparison node does: when the candidate is
 * significantly worse than the baseline on a metric, by more than the comparison's tolerance.
 */
final class ComparisonGate {

    private ComparisonGate() {
    }

    static List<String> failures(Summary.BenchmarkResult result, BenchmarkSpec spec) {
        List<String> out = new ArrayList<>();
        for (ComparisonResult r : result.comparisons) {
            double tolerance = spec == null ? 0 : spec.comparisons.stream()
                    .filter(c -> c.baseline().equals(r.baseline()) && c.candidate().equals(r.candidate()))
                    .mapToDouble(BenchmarkSpec.CompareSpec::tolerance).findFirst().orElse(0);
            if ("worse".equals(r.verdict()) && r.delta() != null && Math.abs(r.delta()) > tolerance) {
                out.add(result.benchmark + " \u203a compare " + r.baseline() + " vs " + r.candidate() + ": "
                        + r.candidate() + " is significantly worse on " + r.metric()
                        + (tolerance > 0 ? " by more than the tolerance " + Fmt.num(tolerance) : "") + ": " + r.note());
            }
        }
        return out;
    }
}
