package dev.assay.junit;

import dev.assay.report.Display;
import dev.assay.report.WarmupEvidence;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/**
 * {@code WarmupInvocation} is a call made before measuring, to warm JIT, caches and connections.
 * It runs the method on a real case but records nothing; a failure still shows, as a broken node.
 */
final class WarmupInvocation implements TestTemplateInvocationContext {

    private final BenchmarkState state;
    private final BenchmarkState.ModelPlan plan;
    private final int caseIndex;
    private final int number;

    WarmupInvocation(BenchmarkState state, BenchmarkState.ModelPlan plan, int caseIndex, int number) {
        this.state = state;
        this.plan = plan;
        this.caseIndex = caseIndex;
        this.number = number;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return plan.model() + " \u203a warmup " + number + "/" + plan.warmup() + " (" + Display.name(state.caseAt(caseIndex).id()) + ")";
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        AfterEachCallback report = this::report;
        if (plan.batched()) {
            // A batch method warms up on a full batch: the shapes and sizes it will be measured on.
            RoundBatch batch = RoundBatch.of(state, plan, caseIndex, Math.min(plan.batch(), state.dataset().size()), 0);
            return List.of(new BatchResolver(batch), report);
        }
        RoundCase c = new RoundCase(state.caseAt(caseIndex), plan.expectedOf(caseIndex), 0);
        return List.of(new CaseResolver(c, new RecordingOutcome()), report);
    }

    /** Warmups are not measurements: reporters learn whether one broke (the Allure report shows only those). */
    private void report(ExtensionContext context) {
        state.run().reporters().warmupFinished(new WarmupEvidence(context.getUniqueId(), state.name(), plan.model(),
                context.getDisplayName(), context.getExecutionException().isPresent()));
    }
}
