package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.testing.BinaryCases;
import dev.assay.testkit.BenchmarkRun;
import dev.assay.testkit.Contracts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code throughput_per_s} is measured: ok cases over the wall-clock span of the model's calls, so
 * calls that overlap count, unlike 1000 / mean latency.
 */
class ThroughputTest {

    @TempDir
    Path temp;

    @Test
    void eightCallsInFlightGiveSeveralTimesTheSequentialRateAndEveryRecordCarriesItsSpan() throws IOException {
        Path data = BinaryCases.write(temp.resolve("data"), 48, 3);
        Map<String, String> config = new HashMap<>(Map.of("assay.root", data.toString()));
        config.put("junit.jupiter.execution.parallel.enabled", "true");
        config.put("junit.jupiter.execution.parallel.mode.default", "concurrent");
        config.put("junit.jupiter.execution.parallel.config.strategy", "fixed");
        config.put("junit.jupiter.execution.parallel.config.fixed.parallelism", "8");

        BenchmarkRun run = BenchmarkRun.of(temp.resolve("out"), config, ThroughputTestCase.class);

        List<JsonNode> journal = Contracts.assertJournalConforms(run.runDir().resolve("journal.jsonl"));
        assertThat(journal).hasSize(48).allSatisfy(r -> {
            assertThat(r.get("finished_at_ms").asLong()).isGreaterThanOrEqualTo(r.get("started_at_ms").asLong() + 39);
        });
        long first = journal.stream().mapToLong(r -> r.get("started_at_ms").asLong()).min().orElseThrow();
        long last = journal.stream().mapToLong(r -> r.get("finished_at_ms").asLong()).max().orElseThrow();
        JsonNode metrics = run.summary().at("/benchmarks/0/models/0/metrics");
        JsonNode throughput = metrics.get("throughput_per_s");
        assertThat(throughput.get("value").asDouble()).as("48 cases over the span").isCloseTo(48_000.0 / (last - first),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(throughput.get("ci_method").asText()).isEqualTo("poisson_exact");
        assertThat(throughput.get("ci_low").asDouble()).isLessThan(throughput.get("value").asDouble());
        // One caller waiting 40+ ms a case gets under 25 a second; eight in flight get well over twice that.
        double sequential = 1000.0 / metrics.at("/latency_mean_ms/value").asDouble();
        assertThat(throughput.get("value").asDouble()).as("measured vs 1000 / mean latency (%.1f/s)", sequential)
                .isGreaterThan(2 * sequential);
    }
}
