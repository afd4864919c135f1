package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.testkit.BenchmarkRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The core loop, run through the engine: test nodes, their names and statuses, the journal and the summary. */
class CoreLoopTest {

    @TempDir
    Path output;

    @Test
    void eachCaseIsANodeNamedByModelCaseAndTags() {
        BenchmarkRun run = BenchmarkRun.of(output, RegressionBenchmarkTestCase.class);

        run.results().testEvents().assertThatEvents().haveExactly(1,
                event(displayName("exact \u203a a (small)"), finishedSuccessfully()));
        run.results().testEvents().assertThatEvents().haveExactly(1,
                event(displayName("off \u203a d (large)"), finishedSuccessfully()));
        // 4 cases + 1 summary per model
        run.results().testEvents().started().assertThatEvents().hasSize(10);
    }

    @Test
    void aWrongPredictionPassesAndAnExceptionBreaksOnlyItsCase() {
        BenchmarkRun run = BenchmarkRun.of(output, RegressionBenchmarkTestCase.class);

        // "off" predicts 5 too high for every case: wrong, but those nodes pass.
        run.results().testEvents().assertThatEvents().haveExactly(1, event(displayName("off \u203a a (small)"),
                finishedSuccessfully()));
        run.results().testEvents().assertThatEvents().haveExactly(1, event(displayName("off \u203a c (large)"),
                finishedWithFailure(instanceOf(IllegalStateException.class), message("model crashed"))));
    }

    @Test
    void theJournalHoldsEveryCaseWithItsStatusAndConformsToTheContract() {
        BenchmarkRun run = BenchmarkRun.of(output, RegressionBenchmarkTestCase.class);

        List<JsonNode> journal = run.journal();
        assertThat(journal).hasSize(8);
        JsonNode broken = journal.stream().filter(r -> r.get("model").asText().equals("off")
                && r.get("case").asText().equals("c")).findFirst().orElseThrow();
        assertThat(broken.get("status").asText()).isEqualTo("error");
        assertThat(broken.get("error").asText()).isEqualTo("IllegalStateException: model crashed");
        assertThat(broken.get("predicted").isNull()).isTrue();
        JsonNode ok = journal.get(0);
        assertThat(ok.get("run").asText()).isEqualTo("test-run");
        assertThat(ok.get("benchmark").asText()).isEqualTo("tiny");
        assertThat(ok.get("task").asText()).isEqualTo("regression");
        assertThat(ok.get("expected").asDouble()).isEqualTo(10.0);
        assertThat(ok.get("predicted").asDouble()).isEqualTo(10.0);
        assertThat(ok.get("latency_ms").asDouble()).isPositive();
        assertThat(ok.get("tags").get("size").asText()).isEqualTo("small");
    }

    @Test
    void theSummaryNodeFailsWithValueBoundAndSampleSize() {
        BenchmarkRun run = BenchmarkRun.of(output, RegressionBenchmarkTestCase.class);

        run.results().testEvents().assertThatEvents().haveExactly(1, event(displayName("exact \u203a summary"),
                finishedSuccessfully()));
        run.results().testEvents().assertThatEvents().haveExactly(1, event(displayName("off \u203a summary"),
                finishedWithFailure(instanceOf(AssertionFailedError.class),
                        message(m -> m.contains("mae 5 is above the maximum 3 (") && m.contains("n=3)")))));
    }

    @Test
    void theSummaryCountsAddUpAndConformsToTheContract() {
        BenchmarkRun run = BenchmarkRun.of(output, RegressionBenchmarkTestCase.class);

        JsonNode summary = run.summary();
        assertThat(summary.get("complete").asBoolean()).isTrue();
        JsonNode off = summary.at("/benchmarks/0/models/1");
        assertThat(off.get("model").asText()).isEqualTo("off");
        assertThat(off.get("n").asInt()).isEqualTo(4);
        assertThat(off.get("n_ok").asInt()).isEqualTo(3);
        assertThat(off.at("/status_counts/error").asInt()).isEqualTo(1);
        assertThat(off.at("/metrics/mae/value").asDouble()).isEqualTo(5.0);
        assertThat(off.at("/metrics/success_rate/value").asDouble()).isEqualTo(0.75);
        assertThat(off.at("/thresholds/0/passed").asBoolean()).isFalse();
        assertThat(summary.at("/benchmarks/0/models/0/thresholds/0/passed").asBoolean()).isTrue();
    }

    @Test
    void aMetricThatCannotBeComputedKeepsItsValueFieldAsNull() {
        BenchmarkRun run = BenchmarkRun.of(output, BehaviourTestCase.CaseThresholds.class);

        // Every prediction is "pos": Cohen's kappa is undefined (0/0), and the contract still needs "value".
        JsonNode kappa = run.summary().at("/benchmarks/0/models/0/metrics/cohen_kappa");
        assertThat(kappa.has("value")).isTrue();
    }
}
