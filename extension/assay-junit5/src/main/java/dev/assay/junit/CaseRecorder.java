package dev.assay.junit;

import dev.assay.report.CaseRecord;
import dev.assay.report.CaseEvidence;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/** {@code CaseRecorder} is the {@link CallRecorder} of a call that serves one case. */
final class CaseRecorder extends CallRecorder {

    private final RoundCase benchmarkCase;
    private final RecordingOutcome outcome;

    CaseRecorder(BenchmarkState state, BenchmarkState.ModelPlan plan, RoundCase benchmarkCase, RecordingOutcome outcome) {
        super(state, plan);
        this.benchmarkCase = benchmarkCase;
        this.outcome = outcome;
    }

    @Override
    int cases() {
        return 1;
    }

    @Override
    RoundCase caseAt(int index) {
        return benchmarkCase;
    }

    @Override
    RecordingOutcome outcomeAt(int index) {
        return outcome;
    }

    @Override
    void report(ExtensionContext context, List<CaseRecord> records, int firstIndex, boolean nodeFailed) {
        state.run().reporters().caseFinished(new CaseEvidence(context.getUniqueId(), records.get(0),
                context.getDisplayName(), benchmarkCase.location(), benchmarkCase.inputs(), outcome.prompt(),
                outcome.reply(), outcome.attachments(), firstIndex, plan.expectedRecords(), nodeFailed));
    }
}
