package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.testing.BinaryCases;
import dev.assay.testkit.BenchmarkRun;
import dev.assay.testkit.Contracts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every model's summary says what the process used while its cases ran, and the console shows it on request. */
class ResourceUsageTest {

    @TempDir
    Path temp;

    @Test
    void theSummaryCarriesResourcesBesideTheMetricsAndTheConsolePrintsThemOnRequest() throws Exception {
        Path data = BinaryCases.write(temp.resolve("data"), 24, 3);
        PrintStream old = System.out;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        BenchmarkRun run;
        try {
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            run = BenchmarkRun.of(temp.resolve("out"), Map.of("assay.root", data.toString(),
                    "assay.resources.intervalMs", "20", "assay.console.resources", "true"), ThroughputTestCase.class);
        } finally {
            System.setOut(old);
        }

        JsonNode summary = Contracts.assertSummaryConforms(run.runDir().resolve("summary.json"));
        JsonNode resources = summary.at("/benchmarks/0/models/0/resources");
        assertThat(resources.get("interval_ms").asInt()).isEqualTo(20);
        // 24 cases of 40 ms: about a second of window, sampled every 20 ms.
        assertThat(resources.get("samples").asInt()).isGreaterThanOrEqualTo(10);
        assertThat(resources.get("window_s").asDouble()).isGreaterThan(0.9);
        assertThat(resources.get("heap_used_peak_mb").asDouble()).isPositive();
        assertThat(resources.get("threads_peak").asInt()).isPositive();
        assertThat(resources.at("/gpu/absent").isTextual() || resources.at("/gpu/devices").isTextual()).isTrue();
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("[assay] waits \u2014 resources of the JVM process while each model ran")
                .containsPattern("  remote  cpu \\d+% of a core \\(max \\d+%, \\d+ cores\\) \u00b7 heap peak \\d+ MiB")
                .contains("    GPU: ");
    }

    @Test
    void samplingCanBeTurnedOff() throws Exception {
        Path data = BinaryCases.write(temp.resolve("data"), 4, 3);
        BenchmarkRun run = BenchmarkRun.of(temp.resolve("off"), Map.of("assay.root", data.toString(),
                "assay.resources.intervalMs", "0"), ThroughputTestCase.class);

        assertThat(run.summary().at("/benchmarks/0/models/0").has("resources")).isFalse();
    }
}
