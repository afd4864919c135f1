package dev.assay.junit;

import dev.assay.report.Summary;
import dev.assay.report.ThresholdVerdicts;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.opentest4j.AssertionFailedError;

/**
 * {@code SummaryInvocation} is a model's summary node ({@code ridge › summary}), the last node of
 * its method: it computes the model's metrics from its records and fails, with every violated
 * threshold in words, when a threshold does not hold. The benchmark method itself is not called.
 */
final class SummaryInvocation implements TestTemplateInvocationContext {

    private final BenchmarkState state;
    private final BenchmarkState.ModelPlan plan;

    SummaryInvocation(BenchmarkState state, BenchmarkState.ModelPlan plan) {
        this.state = state;
        this.plan = plan;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return plan.model() + " \u203a summary";
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(new CaseResolver(null, null), new Verifier());
    }

    /** Skips the benchmark method and checks the model's thresholds instead. */
    private final class Verifier implements InvocationInterceptor {

        @Override
        public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                                ExtensionContext context) throws InterruptedException {
            invocation.skip();
            if (ParallelRuns.enabled(context)) {
                state.awaitCases(List.of(plan.model()));
            }
            Map<String, Object> runtime = ModelRuntimes.of(context, state.name(), plan.model());
            state.spec().models.get(plan.model()).runtime = runtime.isEmpty() ? null : runtime;
            Summary.ModelResult result = state.summarise(plan.model());
            double confidence = state.run().config().estimator().confidence();
            List<String> failures = ThresholdVerdicts.failures(result, confidence);
            state.run().allure().summary(context.getUniqueId(), state.name(), state.spec(), result, state.records(plan.model()), confidence);
            if (!failures.isEmpty()) {
                throw new AssertionFailedError("model [" + plan.model() + "] of benchmark [" + state.name() + "] "
                        + "misses " + (failures.size() == 1 ? "a threshold" : failures.size() + " thresholds") + ":\n  "
                        + String.join("\n  ", failures));
            }
        }
    }
}
