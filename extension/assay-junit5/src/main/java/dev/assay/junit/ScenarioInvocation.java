package dev.assay.junit;

import java.util.List;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/**
 * {@code ScenarioInvocation} is the one node of a model under a {@code @Scenario}
 * ({@code ridge › scenario server @ 50/s}): it stands for every case of the model, which its
 * {@link ScenarioRecorder} issues to the method as the scenario prescribes.
 */
final class ScenarioInvocation implements TestTemplateInvocationContext {

    private final BenchmarkState state;
    private final BenchmarkState.ModelPlan plan;
    private final List<RoundBatch> queries;

    ScenarioInvocation(BenchmarkState state, BenchmarkState.ModelPlan plan, List<RoundBatch> queries) {
        this.state = state;
        this.plan = plan;
        this.queries = queries;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        for (RoundBatch query : queries) {
            for (RoundCase c : query.roundCases()) {
                state.caseRegistered(plan.model(), c.id() + "\u0000" + c.round());
            }
        }
        // Asked for here, before the summary node exists, so the summary knows to wait for the figures.
        state.scenario(plan.model());
        return plan.model() + " \u203a " + plan.scenario().label(plan.batch());
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        // Jupiter resolves the method's parameters once, for the node: the case, outcome and batch are
        // null there and filled in for each call (ModelCall); @Onnx and @Provider resources are shared.
        return List.of(new CaseResolver(null, null), new BatchResolver(null),
                new ScenarioRecorder(state, plan, queries));
    }
}
