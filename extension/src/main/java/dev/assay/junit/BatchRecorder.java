package dev.assay.junit;

import dev.assay.report.CaseRecord;
import dev.assay.report.allure.CaseEvidence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code BatchRecorder} times one batch call and then writes one record per case of the batch,
 * exactly as {@link CaseRecorder} does for a case that ran alone: an exception marks every case
 * with it, and each case's latency is its share of the call unless the method set one. The node
 * then fails for any case with an unusable prediction or a broken case threshold, naming each.
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
    public void afterEach(ExtensionContext context) {
        Throwable failure = context.getExecutionException().orElse(null);
        // Every case of the batch waited for the one call; each is charged its share, so that
        // throughput_per_s counts cases, not calls.
        Long share = callNanos == null ? null : callNanos / batch.size();
        List<CaseRecord> records = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            records.add(CaseRecords.of(state, plan, batch.roundCases().get(i), batch.recording(i), failure, share));
        }
        int lastDone = state.recordAll(records);
        for (int i = 0; i < batch.size(); i++) {
            RoundCase c = batch.roundCases().get(i);
            batch.recording(i).attachments().forEach((name, text) -> {
                if (!text.isEmpty()) {
                    context.publishReportEntry(c.id() + " " + name, text);
                }
            });
        }
        boolean passed = false;
        try {
            if (failure == null) {
                CaseRecords.checkNode(plan, records);
            }
            passed = failure == null;
        } finally {
            reportToAllure(context, records, lastDone - records.size(), !passed);
        }
    }

    /** Hands the batch's evidence to the Allure report (dev.assay.report.allure); never throws. */
    private void reportToAllure(ExtensionContext context, List<CaseRecord> records, int firstIndex, boolean nodeFailed) {
        List<CaseEvidence> evidence = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            RoundCase c = batch.roundCases().get(i);
            RecordingOutcome outcome = batch.recording(i);
            evidence.add(new CaseEvidence(context.getUniqueId(), records.get(i), context.getDisplayName(), c.location(),
                    c.inputs(), outcome.prompt(), outcome.reply(), firstIndex + i, plan.expectedRecords(), nodeFailed));
        }
        state.run().allure().batchFinished(evidence);
    }
}
