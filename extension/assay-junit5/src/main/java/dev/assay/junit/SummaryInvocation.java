package dev.assay.junit;

import dev.assay.api.RuntimeFacts;
import dev.assay.report.ModelEvidence;
import dev.assay.report.Summary;
import dev.assay.report.ThresholdVerdicts;
import dev.assay.scenario.ScenarioText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * {@code SummaryInvocation} is a model's summary node ({@code ridge › summary}), the last node of
 * its method: it computes the model's metrics from its records and fails, with every violated
 * threshold in words, when a threshold does not hold, or when its {@code @Scenario} is an
 * {@code INVALID} server run. The benchmark method itself is not called.
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
        // The scenario node's own figures (null without one), kept like runtime and resources for assay report.
        state.spec().models.get(plan.model()).scenario = state.scenarioResult(plan.model());
        Summary.ModelResult result = state.summarise(plan.model());
        double confidence = state.run().config().estimator().confidence();
        List<String> failures = new ArrayList<>(ThresholdVerdicts.failures(result, confidence));
        int thresholds = failures.size();
        if (result.scenario != null && result.scenario.invalid()) {
            failures.add(ScenarioText.failure(result.scenario));
        }
        state.run().reporters().modelSummarised(new ModelEvidence(context.getUniqueId(), state.name(), state.spec(),
                result, state.records(plan.model()), confidence));
        if (!failures.isEmpty()) {
            String missed = thresholds == 0 ? "its scenario"
                    : (thresholds == 1 ? "a threshold" : thresholds + " thresholds")
                            + (failures.size() > thresholds ? " and its scenario" : "");
            throw new AssertionFailedError("model [" + plan.model() + "] of benchmark [" + state.name() + "] "
                    + "misses " + missed + ":\n  " + String.join("\n  ", failures));
        }
    }
}
