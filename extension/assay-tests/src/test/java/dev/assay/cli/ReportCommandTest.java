package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.junit.RegressionBenchmarkTestCase;
import dev.assay.testkit.BenchmarkRun;
import dev.assay.testkit.Contracts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assay report} rebuilds summaries from journals alone. */
class ReportCommandTest {

    @TempDir
    Path temp;

    private BenchmarkRun runFixture() {
        return BenchmarkRun.of(temp.resolve("run"), RegressionBenchmarkTestCase.class);
    }

    @Test
    void rebuildsTheSameSummaryTheRunWrote() throws Exception {
        BenchmarkRun run = runFixture();
        Path out = temp.resolve("rebuilt");

        int status = AssayCli.run("report", "--out", out.toString(), run.runDir().resolve("journal.jsonl").toString());

        assertThat(status).as("exit status: a threshold of model [off] fails").isEqualTo(1);
        JsonNode rebuilt = Contracts.assertSummaryConforms(out.resolve("summary.json"));
        assertThat(rebuilt).isEqualTo(run.summary());
        assertThat(rebuilt.at("/benchmarks/0/models/0/metrics/mae/ci_low").isNumber()).isTrue();
    }

    @Test
    void reThresholdsStoredOutputsWithoutCallingAModel() {
        BenchmarkRun run = runFixture();
        Path out = temp.resolve("rethresholded");

        int status = AssayCli.run("report", "--out", out.toString(), "--threshold", "mae<=6", "--threshold",
                "exact:r2>=0.99", run.runDir().toString());

        assertThat(status).isZero();
        JsonNode summary = Contracts.assertSummaryConforms(out.resolve("summary.json"));
        JsonNode off = summary.at("/benchmarks/0/models/1");
        assertThat(off.at("/thresholds/0/metric").asText()).isEqualTo("mae");
        assertThat(off.at("/thresholds/0/max").asDouble()).isEqualTo(6.0);
        assertThat(off.at("/thresholds/0/passed").asBoolean()).isTrue();
        assertThat(off.get("thresholds")).hasSize(1);
        assertThat(summary.at("/benchmarks/0/models/0/thresholds")).hasSize(2);
    }

    @Test
    void mergesShardJournals() throws Exception {
        BenchmarkRun run = runFixture();
        Path journal = run.runDir().resolve("journal.jsonl");
        var lines = Files.readAllLines(journal);
        Path shards = temp.resolve("shards");
        Files.createDirectories(shards.resolve("a"));
        Files.createDirectories(shards.resolve("b"));
        Files.write(shards.resolve("a/journal.jsonl"), lines.subList(0, 3));
        Files.write(shards.resolve("b/journal.jsonl"), lines.subList(3, lines.size()));

        AssayCli.run("report", "--out", temp.resolve("merged").toString(), shards.toString());

        JsonNode merged = Contracts.assertSummaryConforms(temp.resolve("merged/summary.json"));
        assertThat(merged.at("/benchmarks/0/models/0/n").asInt() + merged.at("/benchmarks/0/models/1/n").asInt())
                .isEqualTo(8);
    }

    @Test
    void aJournalWithAnUnknownTaskIsAnErrorNamingFileAndLine() throws Exception {
        Path journal = temp.resolve("journal.jsonl");
        Files.writeString(journal, "{\"run\":\"r\",\"benchmark\":\"b\",\"model\":\"m\",\"case\":\"c\",\"round\":0,"
                + "\"task\":\"regresion\",\"status\":\"ok\",\"expected\":1,\"predicted\":1,\"latency_ms\":1}\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = AssayCli.run("report", "--out", temp.resolve("x").toString(), journal.toString());
        } finally {
            System.setErr(old);
        }
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("journal [" + journal + "] line 1: unknown task "
                + "[regresion]; known tasks are [classification, multilabel, regression, generation, extraction, "
                + "ranking]");
    }

    @Test
    void anUnknownMetricInAThresholdListsTheCloseOnes() {
        BenchmarkRun run = runFixture();
        assertThat(AssayCli.run("report", "--out", temp.resolve("y").toString(), "--threshold", "maee<=3",
                run.runDir().toString())).isEqualTo(2);
    }
}
