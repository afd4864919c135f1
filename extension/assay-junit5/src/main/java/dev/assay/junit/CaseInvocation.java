package dev.assay.junit;

import dev.assay.report.Display;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/**
 * {@code CaseInvocation} is one case &times; round of one model: a test node named so a person
 * recognises it ({@code ridge › test_003 (Poor)}), whose call is timed and recorded.
 */
final class CaseInvocation implements TestTemplateInvocationContext {

    private final BenchmarkState state;
    private final BenchmarkState.ModelPlan plan;
    private final RoundCase benchmarkCase;

    CaseInvocation(BenchmarkState state, BenchmarkState.ModelPlan plan, RoundCase benchmarkCase) {
        this.state = state;
        this.plan = plan;
        this.benchmarkCase = benchmarkCase;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        state.caseRegistered(plan.model(), benchmarkCase.id() + "\u0000" + benchmarkCase.round());
        return displayName(plan, benchmarkCase.id(), benchmarkCase.tags(), benchmarkCase.round());
    }

    static String displayName(BenchmarkState.ModelPlan plan, String id, Map<String, String> tags, int round) {
        // Ids and tags come from the dataset: printable and short in the name, whole in the journal.
        StringBuilder name = new StringBuilder(plan.model()).append(" \u203a ").append(Display.name(id));
        if (!tags.isEmpty()) {
            name.append(" (").append(Display.name(String.join(", ", tags.values()))).append(')');
        }
        if (plan.rounds() > 1) {
            name.append(" \u00b7 round ").append(round + 1).append('/').append(plan.rounds());
        }
        return name.toString();
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        RecordingOutcome outcome = new RecordingOutcome();
        return List.of(new CaseResolver(benchmarkCase, outcome), new CaseRecorder(state, plan, benchmarkCase, outcome));
    }
}
