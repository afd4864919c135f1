package dev.assay.junit;

import dev.assay.report.CaseEvidence;
import dev.assay.report.ComparisonEvidence;
import dev.assay.report.ModelEvidence;
import dev.assay.report.ReporterSettings;
import dev.assay.report.RunInfo;
import dev.assay.report.RunReporter;
import dev.assay.report.RunReporterFactory;
import dev.assay.report.Summary;
import dev.assay.report.WarmupEvidence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Test helper: a reporter found on the test classpath through {@code META-INF/services}, as a user's
 * own output format would be. It logs the events of runs started with {@code assay.test.eventLog=true}
 * (other engine tests leave it off) for ReportersAndRootTest.
 */
public final class EventLogReporterFactory implements RunReporterFactory {

    /** The events of the last logged run, in the order they came. */
    static final List<String> EVENTS = Collections.synchronizedList(new ArrayList<>());

    @Override
    public RunReporter create(ReporterSettings settings) {
        if (!settings.config("assay.test.eventLog").map(Boolean::parseBoolean).orElse(false)) {
            return new RunReporter() { };
        }
        return new RunReporter() {
            @Override
            public void caseFinished(CaseEvidence evidence) {
                EVENTS.add("case " + evidence.record().model() + " " + evidence.record().caseId());
            }

            @Override
            public void warmupFinished(WarmupEvidence warmup) {
                EVENTS.add("warmup " + warmup.model());
            }

            @Override
            public void modelSummarised(ModelEvidence model) {
                EVENTS.add("model " + model.result().model + " n=" + model.result().n + " records=" + model.records().size());
            }

            @Override
            public void comparisonFinished(ComparisonEvidence comparison) {
                EVENTS.add("comparison " + comparison.baseline() + " vs " + comparison.candidate() + " rows="
                        + comparison.rows().size());
            }

            @Override
            public void benchmarkFinished(RunInfo run, Summary.BenchmarkResult benchmark, Summary soFar) {
                EVENTS.add("benchmark " + benchmark.benchmark + " complete=" + soFar.complete);
            }

            @Override
            public void runFinished(RunInfo run, Summary summary) {
                EVENTS.add("run " + run.id() + " " + run.dir().getFileName() + " complete=" + summary.complete);
            }
        };
    }
}
