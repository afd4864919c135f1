package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.testkit.BenchmarkRun;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;

/** Per-case scores become {@code score[NAME]} metrics; attached texts become report entries of the case node. */
class ScoresAndAttachmentsTest {

    @TempDir
    Path output;

    @Test
    void scoresAreMeanedAndAttachmentsPublished() {
        BenchmarkRun run = BenchmarkRun.of(output, Map.of("assay.root",
                Path.of("src/test/resources").toAbsolutePath().toString()), ScoresAndAttachmentsTestCase.class);

        run.results().testEvents().assertStatistics(s -> s.started(5).succeeded(5));
        assertThat(run.results().testEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get("judge_reasoning")))
                .hasSize(4).contains("case g1 looks fine");
        JsonNode metrics = run.summary().path("benchmarks").get(0).path("models").get(0).path("metrics");
        assertThat(metrics.path("score[judge]").path("value").asDouble()).isEqualTo((2 + 3 * 4) / 4.0);
        assertThat(metrics.path("bleu").path("value").asDouble()).isCloseTo(100.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(metrics.path("wer").path("value").asDouble()).isEqualTo(0.0);
        assertThat(metrics.has("exact_match") && metrics.has("chrf") && metrics.has("jaccard")).isTrue();
    }
}
