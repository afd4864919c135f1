package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.junit.CompareTestCase;
import dev.assay.testkit.BenchmarkRun;
import dev.assay.testkit.Contracts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four shards ({@code assay.shard=K/4}) defer their verdicts; {@code assay merge} of their journals
 * gives the unsharded run's summary, verdicts and exit code, refuses a case seen twice, and says
 * which shard is missing.
 */
class ShardMergeTest {

    @TempDir
    Path temp;

    private Path data() throws IOException {
        Random random = new Random(11);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            lines.add(String.format(Locale.ROOT, "{\"id\":\"c%03d\",\"expected\":\"%s\",\"u\":%.6f}", i,
                    i % 2 == 0 ? "pos" : "neg", random.nextDouble()));
        }
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Files.write(data.resolve("cases.jsonl"), lines);
        return data;
    }

    private static String[] args(String command, Path out, List<Path> inputs) {
        List<String> args = new ArrayList<>(List.of(command, "--out", out.toString()));
        inputs.forEach(p -> args.add(p.toString()));
        return args.toArray(String[]::new);
    }

    private static int cli(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            return AssayCli.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static JsonNode withoutTimings(JsonNode summary) {
        JsonNode benchmarks = summary.get("benchmarks").deepCopy();
        for (JsonNode bench : benchmarks) {
            for (JsonNode model : bench.get("models")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) model.get("metrics")).properties()
                        .removeIf(e -> timing(e.getKey()));
            }
            java.util.Iterator<JsonNode> rows = bench.get("comparisons").iterator();
            while (rows.hasNext()) {
                if (timing(rows.next().get("metric").asText())) {
                    rows.remove();
                }
            }
        }
        return benchmarks;
    }

    private static boolean timing(String metric) {
        return metric.startsWith("latency") || metric.startsWith("throughput") || metric.startsWith("ttft")
                || metric.equals("tokens_per_s");
    }

    @Test
    void fourShardsMergeIntoTheUnshardedRunAndADuplicateOrAMissingShardIsNamed() throws IOException {
        Path data = data();
        BenchmarkRun whole = BenchmarkRun.of(temp.resolve("whole"), Map.of("assay.root", data.toString()),
                CompareTestCase.Downgrade.class);
        assertThat(whole.results().testEvents().failed().count()).as("unsharded: the comparison fails").isEqualTo(1);
        List<Path> shards = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            BenchmarkRun shard = BenchmarkRun.of(temp.resolve("shard-" + k),
                    Map.of("assay.root", data.toString(), "assay.shard", k + "/4"), CompareTestCase.Downgrade.class);
            assertThat(shard.results().testEvents().failed().count()).as("shard %d defers its verdicts", k).isZero();
            assertThat(shard.results().testEvents().succeeded().list()).extracting(e -> e.getTestDescriptor().getDisplayName())
                    .contains("compare \u203a strong vs weak (deferred to merge)", "weak \u203a summary (deferred to merge)");
            String label = k + "/4";
            assertThat(shard.journal()).isNotEmpty().allSatisfy(r -> assertThat(r.get("shard").asText()).isEqualTo(label));
            shards.add(shard.runDir());
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = cli(out, new ByteArrayOutputStream(), args("merge", temp.resolve("merged"), shards));

        assertThat(status).as("the unsharded run's verdict: the comparison fails").isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("[assay] FAIL downgrade \u203a compare strong vs weak");
        JsonNode merged = Contracts.assertSummaryConforms(temp.resolve("merged/summary.json"));
        assertThat(merged.get("complete").asBoolean()).isTrue();
        // Every quality metric, interval and comparison as the unsharded run computed them; latencies are
        // measurements of each run's own calls, so they differ between any two runs.
        assertThat(withoutTimings(merged)).as("metrics, intervals and comparisons").isEqualTo(withoutTimings(whole.summary()));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<Path> twice = new ArrayList<>(shards);
        twice.add(shards.get(1));
        assertThat(cli(new ByteArrayOutputStream(), err, args("merge", temp.resolve("dup"), twice))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("journal [" + shards.get(1).resolve("journal.jsonl")
                + "] is given twice; merge each shard's journal once");
        // Two different journals holding the same case (shards that overlap, a copied journal): named with both files.
        Path copy = temp.resolve("copy/test-run");
        Files.createDirectories(copy);
        Files.copy(shards.get(1).resolve("journal.jsonl"), copy.resolve("journal.jsonl"));
        List<Path> overlapping = new ArrayList<>(shards);
        overlapping.add(copy);
        ByteArrayOutputStream overlap = new ByteArrayOutputStream();
        assertThat(cli(new ByteArrayOutputStream(), overlap, args("merge", temp.resolve("overlap"), overlapping))).isEqualTo(2);
        assertThat(overlap.toString(StandardCharsets.UTF_8)).contains("is in both [" + shards.get(1).resolve("journal.jsonl")
                + "] and [" + copy.resolve("journal.jsonl") + "]");

        ByteArrayOutputStream partial = new ByteArrayOutputStream();
        assertThat(cli(partial, new ByteArrayOutputStream(), args("merge", temp.resolve("partial"), shards.subList(0, 3))))
                .isEqualTo(3);
        assertThat(partial.toString(StandardCharsets.UTF_8)).contains("[assay] INCOMPLETE: no journal of shard 4/4");
    }
}
