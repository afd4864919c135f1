package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.testing.BinaryCases;
import dev.assay.testing.Summaries;
import dev.assay.testkit.BenchmarkRun;
import dev.assay.testkit.Contracts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed mid-write (its journal cut inside a record) and resumed with {@code assay.resume}
 * runs only the cases it lacked, appends them to the same journal, and ends with the summary the
 * uninterrupted run has; a run id reused without resuming is refused instead of counted twice.
 */
class ResumeTest {

    @TempDir
    Path temp;

    private Map<String, String> config(Path data, String... more) {
        Map<String, String> config = new java.util.HashMap<>(Map.of("assay.root", data.toString()));
        for (int i = 0; i < more.length; i += 2) {
            config.put(more[i], more[i + 1]);
        }
        return config;
    }

    @Test
    void aResumedRunRunsOnlyWhatWasMissingAndEndsWithTheUninterruptedSummary() throws IOException {
        Path data = BinaryCases.write(temp.resolve("data"), 40, 5);
        BenchmarkRun whole = BenchmarkRun.of(temp.resolve("whole"), config(data), CompareTestCase.Upgrade.class);

        Path out = temp.resolve("killed");
        BenchmarkRun.of(out, config(data, "assay.run.id", "run-1"), CompareTestCase.Upgrade.class);
        Path journal = out.resolve("run-1/journal.jsonl");
        byte[] bytes = Files.readAllBytes(journal);
        List<String> lines = Files.readAllLines(journal);
        // Keep 50 whole records and 20 bytes of the 51st, as a kill -9 in the middle of a write would.
        int keep = 0;
        for (int i = 0; i < 50; i++) {
            keep += lines.get(i).getBytes(StandardCharsets.UTF_8).length + 1;
        }
        Files.write(journal, Arrays.copyOf(bytes, keep + 20));
        Files.delete(out.resolve("run-1/summary.json"));

        BenchmarkRun resumed = BenchmarkRun.of(out, config(data, "assay.resume", "latest"), CompareTestCase.Upgrade.class);

        long caseNodes = resumed.results().testEvents().started().list().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().matches("(weak|strong) \u203a c\\d+")).count();
        assertThat(caseNodes).as("only the 30 cases the journal lacked run").isEqualTo(30);
        List<JsonNode> records = Contracts.assertJournalConforms(journal);
        assertThat(records).hasSize(80);
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(r.get("model").asText() + "/" + r.get("case").asText()));
        assertThat(ids).as("no case twice").hasSize(80);
        JsonNode summary = Contracts.assertSummaryConforms(out.resolve("run-1/summary.json"));
        assertThat(summary.get("complete").asBoolean()).isTrue();
        assertThat(Summaries.withoutTimings(summary)).isEqualTo(Summaries.withoutTimings(whole.summary()));
    }

    @Test
    void aRunIdReusedWithoutResumingIsRefusedRatherThanCountedTwice() throws IOException {
        Path data = BinaryCases.write(temp.resolve("data"), 40, 5);
        Path out = temp.resolve("out");
        BenchmarkRun.of(out, config(data, "assay.run.id", "nightly"), CompareTestCase.Upgrade.class);

        String error = BenchmarkRun.of(out, config(data, "assay.run.id", "nightly"), CompareTestCase.Upgrade.class)
                .configurationError();

        assertThat(error).isEqualTo("Configuration error: run [nightly] already has a journal at ["
                + out.resolve("nightly/journal.jsonl") + "]; finish it with assay.resume=nightly, or give this run another "
                + "assay.run.id");
    }
}
