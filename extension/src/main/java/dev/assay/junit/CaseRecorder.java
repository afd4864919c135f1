package dev.assay.junit;

import dev.assay.report.CaseRecord;
import dev.assay.report.allure.CaseEvidence;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code CaseRecorder} times one call and writes its case record the moment it ends — whatever
 * happened: a prediction, an exception, an abort, or a failure before the call. Then it applies the
 * case thresholds. It runs as an after-each callback because those run even when resolving a
 * parameter or a {@code @BeforeEach} failed, so no case is ever missing from the journal.
 */
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
    public void afterEach(ExtensionContext context) {
        Throwable failure = context.getExecutionException().orElse(null);
        CaseRecord record = CaseRecords.of(state, plan, benchmarkCase, outcome, failure, callNanos);
        int done = state.record(record);
        // Report entries reach the IDE and Allure (and any other platform listener) without a reporter of our own.
        outcome.attachments().forEach((name, text) -> {
            if (!text.isEmpty()) {
                context.publishReportEntry(name, text);
            }
        });
        boolean passed = false;
        try {
            if (failure == null) {
                CaseRecords.checkNode(plan, List.of(record));
            }
            passed = failure == null;
        } finally {
            reportToAllure(context, record, done - 1, !passed);
        }
    }

    /** Hands the case's evidence to the Allure report (dev.assay.report.allure); never throws. */
    private void reportToAllure(ExtensionContext context, CaseRecord record, int index, boolean nodeFailed) {
        state.run().allure().caseFinished(new CaseEvidence(context.getUniqueId(), record, context.getDisplayName(),
                benchmarkCase.location(), benchmarkCase.inputs(), outcome.prompt(), outcome.reply(), index,
                plan.expectedRecords(), nodeFailed));
    }
}
