package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.junit.RegressionBenchmarkTestCase;
import dev.assay.report.history.HistoryEntry;
import dev.assay.report.history.MetricHistory;
import dev.assay.testkit.BenchmarkRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each run appends its models' results to the metric history; the next run's summary.md and {@code assay history} show the trend. */
class MetricHistoryTest {

    @TempDir
    Path temp;

    private void run(String id, Path history) {
        BenchmarkRun.of(temp.resolve("out-" + id), Map.of("assay.run.id", id, "assay.history.dir", history.toString()),
                RegressionBenchmarkTestCase.class);
    }

    private static String captured(Runnable action) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void twoRunsLeaveTwoEntriesPerModelAndTheSecondSummaryComparesWithTheFirst() throws IOException {
        Path history = temp.resolve("history");
        run("first", history);
        run("second", history);

        List<HistoryEntry> entries = new MetricHistory(history).entries("tiny");
        assertThat(entries).extracting(e -> e.run() + "/" + e.model())
                .containsExactly("first/exact", "first/off", "second/exact", "second/off");
        assertThat(entries.get(1).metrics().get("mae").value()).isEqualTo(5.0);
        assertThat(entries.get(1).thresholds()).singleElement().satisfies(t -> assertThat(t.passed()).isFalse());

        assertThat(Files.readString(temp.resolve("out-first/first/summary.md"))).doesNotContain("Since the previous run");
        assertThat(Files.readString(temp.resolve("out-second/second/summary.md"))).contains("**Since the previous run**")
                .contains("- off: mae 0 (5 \u2192 5) since run first");
    }

    @Test
    void assayHistoryPrintsEachModelsRunsOldestFirst() {
        Path history = temp.resolve("history");
        run("first", history);
        run("second", history);
        int[] status = new int[1];

        String out = captured(() -> status[0] = AssayCli.run("history", "--dir", history.toString(), "--benchmark", "tiny"));

        assertThat(status[0]).isZero();
        assertThat(out).contains("[assay] tiny \u203a exact: 2 runs").contains("[assay] tiny \u203a off: 2 runs");
        assertThat(out.indexOf("  first ")).isPositive().isLessThan(out.indexOf("  second "));
        assertThat(out).contains("mae").contains("5 [5, 5]");
    }

    @Test
    void anUnknownBenchmarkIsBadInputNamingTheOnesThere() {
        Path history = temp.resolve("history");
        run("first", history);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = AssayCli.run("history", "--dir", history.toString(), "--benchmark", "tinny");
        } finally {
            System.setErr(old);
        }
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no history of benchmark [tinny]").contains("[tiny]");
    }
}
