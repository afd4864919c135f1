package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** Rounds, warmup, aborted cases, missing predictions and per-case thresholds, through the engine. */
class BehaviourTest {

    @TempDir
    Path output;

    @Test
    void roundsRunEveryCaseAgainAndWarmupIsNotRecorded() {
        BenchmarkRun run = BenchmarkRun.of(output, BehaviourTestCase.Rounds.class);

        run.results().testEvents().assertThatEvents()
                .haveExactly(1, event(displayName("keywords \u203a warmup 1/1 (s1)"), finishedSuccessfully()))
                .haveExactly(1, event(displayName("keywords \u203a s3 (long) \u00b7 round 2/2"), finishedSuccessfully()));
        List<JsonNode> journal = run.journal();
        assertThat(journal).hasSize(12);
        assertThat(journal.stream().filter(r -> r.get("round").asInt() == 1)).hasSize(6);
        assertThat(journal.get(0).get("probabilities").get("pos").asDouble()).isEqualTo(0.8);
        JsonNode model = run.summary().at("/benchmarks/0/models/0");
        assertThat(model.get("n").asInt()).isEqualTo(12);
        assertThat(model.get("n_expected").asInt()).isEqualTo(12);
        assertThat(model.at("/metrics/roc_auc/value").isNumber()).isTrue();
    }

    @Test
    void abortedUnparseableAndMissingPredictionsAreAllRecorded() {
        BenchmarkRun run = BenchmarkRun.of(output, BehaviourTestCase.AbortsAndOmissions.class);

        run.results().testEvents().assertThatEvents()
                .haveExactly(1, event(displayName("flaky \u203a s3 (long)"), abortedWithReason(
                        message(m -> m.contains("no API key for long texts")))))
                .haveExactly(1, event(displayName("flaky \u203a s5 (short)"), finishedWithFailure(
                        instanceOf(IllegalStateException.class), message(m -> m.contains("recorded no prediction")))))
                .haveExactly(1, event(displayName("flaky \u203a s6 (short)"), finishedSuccessfully()));
        Map<String, String> status = new java.util.TreeMap<>();
        run.journal().forEach(r -> status.put(r.get("case").asText(), r.get("status").asText()));
        assertThat(status).containsExactly(Map.entry("s1", "ok"), Map.entry("s2", "ok"), Map.entry("s3", "skipped"),
                Map.entry("s4", "skipped"), Map.entry("s5", "error"), Map.entry("s6", "unparseable"));
        JsonNode model = run.summary().at("/benchmarks/0/models/0");
        assertThat(model.get("n").asInt()).as("counts add up to cases x rounds").isEqualTo(6);
        assertThat(model.at("/metrics/success_rate/value").asDouble()).isEqualTo(2.0 / 6);
    }

    @Test
    void caseThresholdsFailOnlyTheCasesThatBreakThem() {
        BenchmarkRun run = BenchmarkRun.of(output, BehaviourTestCase.CaseThresholds.class);

        run.results().testEvents().assertThatEvents()
                .haveExactly(1, event(displayName("m \u203a s1 (short)"), finishedSuccessfully()))
                .haveExactly(1, event(displayName("m \u203a s2 (short)"), finishedWithFailure(
                        instanceOf(AssertionFailedError.class),
                        message("case [s2] of model [m]: correct 0 is below the minimum 1 (expected neg, predicted pos)"))))
                .haveExactly(1, event(displayName("m \u203a s5 (short)"), finishedWithFailure(
                        message("case [s5] of model [m]: judge 2 is below the minimum 3 (expected pos, predicted pos)"))));
        assertThat(run.journal()).hasSize(6);
    }

    @Test
    void longBenchmarksPrintAProgressLineAtMostEveryInterval() {
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        try {
            System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            BenchmarkRun.of(output, Map.of("assay.progress.seconds", "1"), BehaviourTestCase.Slow.class);
        } finally {
            System.setOut(old);
        }
        List<String> progress = captured.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("[assay] slow \u203a sleepy: ")).toList();
        // 6 cases x 350 ms = 2.1 s: one or two lines, never one per case.
        assertThat(progress).hasSizeBetween(1, 2);
        assertThat(progress.get(0)).matches("\\[assay\\] slow \u203a sleepy: \\d/6 cases \\(\\d+/s, ~\\d+s left\\)");
    }
}
