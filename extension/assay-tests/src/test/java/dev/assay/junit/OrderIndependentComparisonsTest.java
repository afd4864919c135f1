package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.cli.AssayCli;
import dev.assay.testkit.BenchmarkRun;
import dev.assay.testkit.Contracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parallel run's comparisons are those of a sequential run with the same seed, and both are what
 * {@code assay report} rebuilds from the journal: every comparison waits for every model it is
 * corrected with, and records are put in (case, round) order before anything is resampled.
 */
class OrderIndependentComparisonsTest {

    private static final int CASES = 60;

    @TempDir
    Path dir;

    private Path dataset() throws IOException {
        Random random = new Random(11);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            lines.add(String.format(Locale.ROOT, "{\"id\":\"k%03d\",\"expected\":%.3f,\"u\":%.6f,\"v\":%.6f}", i,
                    40 + 30 * random.nextDouble(), random.nextDouble(), random.nextDouble()));
        }
        Path root = dir.resolve("data");
        Files.createDirectories(root);
        Files.write(root.resolve("cases.jsonl"), lines);
        return root;
    }

    private BenchmarkRun run(String name, boolean parallel, int parallelism) throws IOException {
        Map<String, String> config = new HashMap<>();
        config.put("assay.root", dataset().toString());
        if (parallel) {
            config.put("junit.jupiter.execution.parallel.enabled", "true");
            config.put("junit.jupiter.execution.parallel.mode.default", "concurrent");
            config.put("junit.jupiter.execution.parallel.mode.classes.default", "concurrent");
            config.put("junit.jupiter.execution.parallel.config.strategy", "fixed");
            config.put("junit.jupiter.execution.parallel.config.fixed.parallelism", Integer.toString(parallelism));
        }
        return BenchmarkRun.of(dir.resolve(name), config, OrderIndependentComparisonsTestCase.class);
    }

    /** Each model's metrics but those that time the calls (latency, throughput), which differ from run to run. */
    private static Map<String, JsonNode> qualityMetrics(JsonNode models) {
        Map<String, JsonNode> out = new java.util.TreeMap<>();
        models.forEach(m -> m.get("metrics").fieldNames().forEachRemaining(name -> {
            if (!name.startsWith("latency_") && !name.equals("throughput_per_s")) {
                out.put(m.get("model").asText() + " " + name, m.get("metrics").get(name));
            }
        }));
        return out;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aParallelRunComparesWhatASequentialRunAndTheJournalDo() throws IOException {
        BenchmarkRun sequential = run("sequential", false, 1);
        BenchmarkRun parallel = run("parallel", true, 2);
        BenchmarkRun wide = run("wide", true, 8);

        JsonNode expected = sequential.summary().at("/benchmarks/0");
        JsonNode comparisons = expected.get("comparisons");
        assertThat(comparisons).isNotEmpty();
        // Every baseline case pairs with the candidate's round 0: no comparison may see fewer.
        comparisons.forEach(row -> assertThat(row.get("n_pairs").asInt()).as(row.toString()).isEqualTo(CASES));
        assertThat(parallel.summary().at("/benchmarks/0/comparisons")).isEqualTo(comparisons);
        assertThat(wide.summary().at("/benchmarks/0/comparisons")).isEqualTo(comparisons);
        assertThat(qualityMetrics(parallel.summary().at("/benchmarks/0/models")))
                .isEqualTo(qualityMetrics(expected.get("models")));

        Path rebuilt = dir.resolve("rebuilt");
        AssayCli.run("report", "--out", rebuilt.toString(), parallel.runDir().toString());
        assertThat(Contracts.assertSummaryConforms(rebuilt.resolve("summary.json")).at("/benchmarks/0/comparisons"))
                .isEqualTo(comparisons);
    }
}
