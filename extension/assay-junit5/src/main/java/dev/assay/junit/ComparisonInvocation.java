package dev.assay.junit;

import dev.assay.report.BenchmarkSpec;
import dev.assay.report.ComparisonEvidence;
import dev.assay.report.ComparisonResult;
import dev.assay.report.Display;
import dev.assay.report.Fmt;
import dev.assay.report.Summary;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * {@code ComparisonInvocation} is a {@code @Compare}'s test node ({@code compare › ridge vs gemma3}),
 * run after the last model of the benchmark. It computes the paired comparison and fails when the
 * candidate is significantly worse than the baseline by more than the tolerance; its report entries
 * carry every metric's finding, including "this run cannot tell".
 */
final class ComparisonInvocation extends VerdictInvocation {

    private final BenchmarkSpec.CompareSpec compare;

    ComparisonInvocation(BenchmarkState state, BenchmarkSpec.CompareSpec compare) {
        super(state);
        this.compare = compare;
    }

    @Override
    String name() {
        return "compare \u203a " + compare.baseline() + " vs " + compare.candidate();
    }

    /** Every compared model, not only this comparison's two: all comparisons are corrected together. */
    @Override
    List<String> models() {
        return state.comparedModels();
    }

    /** Computes the paired comparison and fails when the candidate is significantly worse. */
    @Override
    void judge(ExtensionContext context) {
        for (String model : List.of(compare.baseline(), compare.candidate())) {
            if (!state.ran(model)) {
                throw new TestAbortedException("the comparison needs the cases of both [" + compare.baseline()
                        + "] and [" + compare.candidate() + "] in one run, and [" + model + "] did not run; run "
                        + "the whole benchmark class");
            }
        }
        List<ComparisonResult> mine = state.comparisons().stream()
                .filter(r -> r.baseline().equals(compare.baseline()) && r.candidate().equals(compare.candidate()))
                .toList();
        mine.forEach(r -> context.publishReportEntry(Display.shorten(r.metric(), Display.NAME), Display.text(r.note())));
        report(context, mine);
        List<String> worse = mine.stream()
                .filter(r -> r.verdict().equals("worse") && r.delta() != null
                        && Math.abs(r.delta()) > compare.tolerance())
                .map(ComparisonResult::note).toList();
        if (!worse.isEmpty()) {
            throw new AssertionFailedError(compare.candidate() + " is significantly worse than " + compare.baseline()
                    + (compare.tolerance() > 0 ? " by more than the tolerance " + Fmt.num(compare.tolerance()) : "")
                    + " on " + worse.size() + (worse.size() == 1 ? " metric" : " metrics") + ":\n  "
                    + String.join("\n  ", worse));
        }
    }

    /** Hands the comparison to the run's reporters (the Allure report among them). */
    private void report(ExtensionContext context, List<ComparisonResult> rows) {
        Summary.BenchmarkResult result = state.result();
        state.run().reporters().comparisonFinished(new ComparisonEvidence(context.getUniqueId(), state.name(),
                compare.baseline(), compare.candidate(), rows, model(result, compare.baseline()),
                model(result, compare.candidate()), state.run().config().estimator().confidence()));
    }

    private static Summary.ModelResult model(Summary.BenchmarkResult result, String name) {
        return result.models.stream().filter(m -> m.model.equals(name)).findFirst().orElse(null);
    }
}
