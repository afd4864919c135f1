package dev.assay.junit;

import dev.assay.api.RuntimeFacts;
import dev.assay.report.ModelEvidence;
import dev.assay.report.Summary;
import dev.assay.report.ThresholdVerdicts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * {@code SummaryInvocation} is a model's summary node ({@code ridge › summary}), the last node of
 * its method: it computes the model's metrics from its records and fails, with every violated
 * threshold in words, when a threshold does not hold. The benchmark method itself is not called.
 */
final class SummaryInvocation extends VerdictInvocation {

    private final BenchmarkState.ModelPlan plan;

    SummaryInvocation(BenchmarkState state, BenchmarkState.ModelPlan plan) {
        super(state);
        this.plan = plan;
    }

    @Override
    String name() {
        return plan.model() + " \u203a summary";
    }

    @Override
    List<String> models() {
        return List.of(plan.model());
    }

    /** Computes the model's metrics and checks its thresholds. */
    @Override
    void judge(ExtensionContext context) {
        Map<String, Object> runtime = RuntimeFacts.of(context, state.name(), plan.model());
        state.spec().models.get(plan.model()).runtime = runtime.isEmpty() ? null : runtime;
        Long startedAt = state.modelStartedAt(plan.model());
        // From the model's first case to now: its cases and the harness's work on them.
        state.spec().models.get(plan.model()).resources = startedAt == null ? null
                : state.run().resourceUsage(startedAt, System.nanoTime());
        Summary.ModelResult result = state.summarise(plan.model());
        double confidence = state.run().config().estimator().confidence();
        List<String> failures = ThresholdVerdicts.failures(result, confidence);
        state.run().reporters().modelSummarised(new ModelEvidence(context.getUniqueId(), state.name(), state.spec(),
                result, state.records(plan.model()), confidence));
        if (!failures.isEmpty()) {
            throw new AssertionFailedError("model [" + plan.model() + "] of benchmark [" + state.name() + "] "
                    + "misses " + (failures.size() == 1 ? "a threshold" : failures.size() + " thresholds") + ":\n  "
                    + String.join("\n  ", failures));
        }
    }
}
