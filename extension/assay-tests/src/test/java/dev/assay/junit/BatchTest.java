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
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** {@code @BenchmarkTest(batch = N)}: several cases per call, one node per batch, one record per case. */
class BatchTest {

    @TempDir
    Path output;

    @Test
    void batchesRecordEveryCaseExactlyAsSingleCallsDo() {
        BatchTestCase.CALLS.clear();
        BenchmarkRun run = BenchmarkRun.of(output, BatchTestCase.Twins.class);

        // 6 cases in batches of 4: [s1..s4], [s5, s6] per round, 2 rounds; the warmup is one full batch.
        assertThat(BatchTestCase.CALLS).containsExactly(List.of("s1", "s2", "s3", "s4"),
                List.of("s1", "s2", "s3", "s4"), List.of("s5", "s6"),
                List.of("s1", "s2", "s3", "s4"), List.of("s5", "s6"));
        run.results().testEvents().assertThatEvents()
                .haveExactly(1, event(displayName("batched \u203a batch 1/2: s1 \u2026 s4 \u00b7 round 1/2"),
                        finishedSuccessfully()))
                .haveExactly(1, event(displayName("batched \u203a batch 2/2: s5 \u2026 s6 \u00b7 round 2/2"),
                        finishedSuccessfully()))
                .haveExactly(1, event(displayName("batched \u203a summary"), finishedSuccessfully()));
        assertThat(run.results().testEvents().failed().count()).isZero();

        Map<String, List<JsonNode>> byModel = run.journal().stream()
                .collect(Collectors.groupingBy(r -> r.get("model").asText()));
        assertThat(byModel.get("batched")).hasSize(12);
        assertThat(key(byModel.get("batched"))).isEqualTo(key(byModel.get("single")));
        JsonNode models = run.summary().at("/benchmarks/0/models");
        JsonNode batched = models.get(0).get("model").asText().equals("batched") ? models.get(0) : models.get(1);
        JsonNode single = batched == models.get(0) ? models.get(1) : models.get(0);
        assertThat(batched.get("n").asInt()).isEqualTo(12);
        assertThat(batched.at("/metrics/accuracy/value").asDouble())
                .isEqualTo(single.at("/metrics/accuracy/value").asDouble());

        // Each case is charged its share of the batch's one call: equal within a batch, positive.
        List<JsonNode> firstBatch = byModel.get("batched").subList(0, 4);
        assertThat(firstBatch).extracting(r -> r.get("latency_ms").asDouble())
                .allSatisfy(ms -> assertThat(ms).isPositive())
                .containsOnly(firstBatch.get(0).get("latency_ms").asDouble());
    }

    @Test
    void batchSummariesWaitForEveryCaseUnderParallelExecution() {
        BenchmarkRun run = BenchmarkRun.of(output, Map.of("junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"), BatchTestCase.Twins.class);

        assertThat(run.results().testEvents().failed().count()).isZero();
        assertThat(run.journal()).hasSize(24);
        JsonNode models = run.summary().at("/benchmarks/0/models");
        assertThat(models).extracting(m -> m.get("n").asInt()).containsExactly(12, 12);
    }

    private static List<String> key(List<JsonNode> records) {
        return records.stream().map(r -> r.get("case").asText() + "/" + r.get("round").asInt() + "/"
                + r.get("status").asText() + "/" + r.get("predicted").asText()).sorted().toList();
    }

    @Test
    void anExceptionMarksEveryCaseOfItsBatchAndAMissingPredictionOnlyItsCase() {
        BenchmarkRun run = BenchmarkRun.of(output, BatchTestCase.Broken.class);

        Map<String, JsonNode> records = run.journal().stream()
                .collect(Collectors.toMap(r -> r.get("case").asText(), r -> r));
        assertThat(records).hasSize(6);
        for (String id : List.of("s1", "s2", "s3")) {
            assertThat(records.get(id).get("status").asText()).isEqualTo("error");
            assertThat(records.get(id).get("error").asText())
                    .isEqualTo("IllegalStateException: the model ran out of memory");
        }
        assertThat(records.get("s4").get("status").asText()).isEqualTo("ok");
        assertThat(records.get("s5").get("status").asText()).isEqualTo("error");
        assertThat(records.get("s5").get("error").asText()).startsWith("the method recorded no prediction");
        assertThat(records.get("s6").get("status").asText()).isEqualTo("ok");
        run.results().testEvents().assertThatEvents()
                .haveExactly(1, event(displayName("m \u203a batch 1/2: s1 \u2026 s3"),
                        finishedWithFailure(message("the model ran out of memory"))))
                .haveExactly(1, event(displayName("m \u203a batch 2/2: s4 \u2026 s6"),
                        finishedWithFailure(instanceOf(IllegalStateException.class),
                                message(m -> m.startsWith("model [m] on case [s5]: the method recorded no prediction")))));
        assertThat(run.summary().at("/benchmarks/0/models/0/n").asInt()).isEqualTo(6);
        assertThat(run.summary().at("/benchmarks/0/models/0/n_ok").asInt()).isEqualTo(2);
    }

    @Test
    void aBrokenCaseThresholdFailsTheBatchNodeNamingTheCase() {
        BenchmarkRun run = BenchmarkRun.of(output, BatchTestCase.Thresholds.class);

        assertThat(run.journal()).hasSize(4).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("ok"));
        run.results().testEvents().assertThatEvents()
                .haveExactly(1, event(displayName("r \u203a batch 1/2: a \u2026 b"),
                        finishedWithFailure(instanceOf(AssertionFailedError.class), message(m -> m.startsWith(
                                "case [b] of model [r]: absolute_error 2 is above the maximum 1")))))
                .haveExactly(1, event(displayName("r \u203a batch 2/2: c \u2026 d"), finishedSuccessfully()));
    }

    @Test
    void aCaseBatchWithoutABatchSizeGetsBatchesOfOne() {
        BenchmarkRun run = BenchmarkRun.of(output, BatchTestCase.BatchesOfOne.class);

        run.results().testEvents().assertThatEvents()
                .haveExactly(1, event(displayName("m \u203a batch 1/6: s1"), finishedSuccessfully()))
                .haveExactly(1, event(displayName("m \u203a batch 6/6: s6"), finishedSuccessfully()));
        assertThat(run.journal()).hasSize(6).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("ok"));
    }

    @Test
    void batchOnAMethodWithoutCaseBatchSaysWhatToTake() {
        assertThat(failureOf(BatchTestCase.BatchWithoutCaseBatch.class)).isEqualTo("Configuration error: "
                + "@BenchmarkTest method [m(BenchmarkCase, Outcome)] has batch = 4, so it is called with several cases "
                + "at once; take [CaseBatch batch] instead of BenchmarkCase and Outcome, and call "
                + "batch.outcome(i).predict(...) for each case");
    }

    @Test
    void caseBatchBesideAnOutcomeIsRefused() {
        assertThat(failureOf(BatchTestCase.CaseBatchAndOutcome.class)).isEqualTo("Configuration error: "
                + "@BenchmarkTest method [m(CaseBatch, Outcome)] has batch = 4, so it is called with several cases at "
                + "once; take [CaseBatch batch] instead of BenchmarkCase and Outcome, and call "
                + "batch.outcome(i).predict(...) for each case");
    }

    @Test
    void batchBelowOneIsRefused() {
        assertThat(failureOf(BatchTestCase.BatchZero.class)).isEqualTo("Configuration error: @BenchmarkTest on "
                + "[m(CaseBatch)] has batch = 0; use 1 (one case per call) or more");
    }

    private String failureOf(Class<?> fixture) {
        return BenchmarkRun.of(output, fixture).configurationError();
    }
}
