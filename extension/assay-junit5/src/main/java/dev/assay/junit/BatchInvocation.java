package dev.assay.junit;

import java.util.List;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/**
 * {@code BatchInvocation} is one batch of consecutive cases of one round for a model whose method
 * takes a {@link dev.assay.api.CaseBatch}: a test node named by its cases
 * ({@code minilm › batch 2/5: pair_09 … pair_16}), whose one call is timed and recorded case by case.
 */
final class BatchInvocation implements TestTemplateInvocationContext {

    private final BenchmarkState state;
    private final BenchmarkState.ModelPlan plan;
    private final RoundBatch batch;
    private final int number;
    private final int batchesPerRound;

    BatchInvocation(BenchmarkState state, BenchmarkState.ModelPlan plan, RoundBatch batch, int number,
                    int batchesPerRound) {
        this.state = state;
        this.plan = plan;
        this.batch = batch;
        this.number = number;
        this.batchesPerRound = batchesPerRound;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        for (RoundCase c : batch.roundCases()) {
            state.caseRegistered(plan.model(), c.id() + "\u0000" + c.round());
        }
        StringBuilder name = new StringBuilder(plan.model()).append(" \u203a batch ").append(number).append('/')
                .append(batchesPerRound).append(": ").append(batch);
        if (plan.rounds() > 1) {
            name.append(" \u00b7 round ").append(batch.round() + 1).append('/').append(plan.rounds());
        }
        return name.toString();
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(new BatchResolver(batch), new BatchRecorder(state, plan, batch));
    }

    /** The id of the batch's first case. */
    String firstCaseId() {
        return batch.roundCases().get(0).id();
    }

    /** The round the batch belongs to. */
    int round() {
        return batch.round();
    }
}
