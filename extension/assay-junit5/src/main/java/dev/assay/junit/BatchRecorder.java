package dev.assay.junit;

import dev.assay.report.CaseRecord;
import dev.assay.report.CaseEvidence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code BatchRecorder} is the {@link CallRecorder} of a batch call: one record per case of the
 * batch, exactly as if each had run alone; an exception marks every case with it, and each case's
 * latency is its share of the call unless the method set one.
 */
final class BatchRecorder extends CallRecorder {

    private final RoundBatch batch;

    BatchRecorder(BenchmarkState state, BenchmarkState.ModelPlan plan, RoundBatch batch) {
        super(state, plan);
        this.batch = batch;
    }

    @Override
    int cases() {
        return batch.size();
    }

    @Override
    RoundCase caseAt(int index) {
        return batch.roundCases().get(index);
    }

    @Override
    RecordingOutcome outcomeAt(int index) {
        return batch.recording(index);
    }

    /** Several cases share the node: each attachment is named by its case. */
    @Override
    boolean sharesNode() {
        return true;
    }

    @Override
    void report(ExtensionContext context, List<CaseRecord> records, int firstIndex, boolean nodeFailed) {
        List<CaseEvidence> evidence = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            RoundCase c = caseAt(i);
            RecordingOutcome outcome = outcomeAt(i);
            evidence.add(new CaseEvidence(context.getUniqueId(), records.get(i), context.getDisplayName(), c.location(),
                    c.inputs(), outcome.prompt(), outcome.reply(), outcome.attachments(), firstIndex + i,
                    plan.expectedRecords(), nodeFailed));
        }
        state.run().reporters().batchFinished(evidence);
    }
}
