package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.testkit.BenchmarkRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's outputs go under the project root, wherever the tests start; and every reporter on the
 * classpath (here a test's own, registered as a service) is told of every case, summary,
 * comparison and benchmark, and of the run's end.
 */
class ReportersAndRootTest {

    @TempDir
    Path dir;

    private Path project(int cases) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            lines.add("{\"id\":\"c" + i + "\",\"expected\":\"" + (i % 2 == 0 ? "pos" : "neg") + "\",\"u\":" + (i + 0.5) / cases + "}");
        }
        Path root = dir.resolve("project");
        Files.createDirectories(root);
        Files.write(root.resolve("cases.jsonl"), lines);
        return root;
    }

    @Test
    void aRelativeOutputFolderIsUnderTheProjectRootNotTheWorkingDirectory() throws IOException {
        Path root = project(4);

        BenchmarkRun.of(dir.resolve("unused"), Map.of("assay.root", root.toString(), "assay.output.dir", "reports/assay"),
                CompareTestCase.Upgrade.class);

        assertThat(root.resolve("reports/assay/test-run/journal.jsonl")).isRegularFile();
        assertThat(root.resolve("reports/assay/test-run/summary.json")).isRegularFile();
        assertThat(Path.of("reports")).as("nothing under the working directory").doesNotExist();
    }

    @Test
    void aReporterOnTheClasspathHearsOfEveryCaseSummaryComparisonAndTheRunsEnd() throws IOException {
        EventLogReporterFactory.EVENTS.clear();

        BenchmarkRun run = BenchmarkRun.of(dir.resolve("out"), Map.of("assay.root", project(4).toString(),
                "assay.test.eventLog", "true"), CompareTestCase.Upgrade.class);

        List<String> events = List.copyOf(EventLogReporterFactory.EVENTS);
        assertThat(events.stream().filter(e -> e.startsWith("case ")))
                .containsExactlyInAnyOrder("case weak c0", "case weak c1", "case weak c2", "case weak c3",
                        "case strong c0", "case strong c1", "case strong c2", "case strong c3");
        assertThat(events).contains("model weak n=4 records=4", "model strong n=4 records=4")
                .anyMatch(e -> e.startsWith("comparison weak vs strong rows="));
        assertThat(events.subList(events.size() - 2, events.size()))
                .containsExactly("benchmark upgrade complete=false", "run test-run test-run complete=true");
        assertThat(run.summary().get("complete").asBoolean()).isTrue();
    }
}
