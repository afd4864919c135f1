package dev.assay.allure;

import dev.assay.report.Json;
import dev.assay.report.Summary;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Stage;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code RunResultFiles} writes what a run adds to its Allure results once, at the end: the
 * environment, categories and executor files, the history carried over from the last generated
 * report, and the leaderboard result with the run's summary attached. A JUnit run
 * ({@link AllureReporter}) and a merge of shards ({@link MergedRunResults}) write the same.
 */
final class RunResultFiles {

    private RunResultFiles() {
    }

    /**
     * Writes the run-level files and the leaderboard.
     *
     * @param writer the results writer, or null when results go through allure-jupiter's own writer
     * @param leaderboardMetric {@code assay.allure.leaderboardMetric}, or null for each benchmark's first threshold metric
     */
    static void write(AllureLifecycle lifecycle, AssayResultsWriter writer, String runId, Summary summary,
                      String leaderboardMetric) throws IOException {
        Path existing = writer == null ? null : writer.directory().resolve("environment.properties");
        writeFile(lifecycle, writer, "environment.properties", RunEnvironment.merge(existing, RunEnvironment.collect(summary)));
        writeFile(lifecycle, writer, "categories.json", Json.PRETTY.writeValueAsString(RunFiles.categories()));
        writeFile(lifecycle, writer, "executor.json", Json.PRETTY.writeValueAsString(RunFiles.executor(runId)));
        if (writer != null) {
            carryHistory(writer);
        }
        leaderboard(lifecycle, summary, leaderboardMetric);
    }

    private static void leaderboard(AllureLifecycle lifecycle, Summary summary, String metric) throws IOException {
        List<Leaderboard.Entry> entries = Leaderboard.rank(summary, metric);
        String benchmarks = String.join(", ", summary.benchmarks.stream().map(b -> b.benchmark).toList());
        String uuid = UUID.randomUUID().toString();
        TestResult result = new TestResult().setUuid(uuid)
                // One line in the tree: with more than one benchmark, the description names them.
                .setName("leaderboard \u203a " + (summary.benchmarks.size() == 1 ? benchmarks
                        : summary.benchmarks.size() + " benchmarks"))
                .setFullName("assay.leaderboard." + benchmarks)
                .setHistoryId(Integer.toHexString(("assay-leaderboard:" + benchmarks).hashCode()))
                .setStatus(Status.PASSED).setStage(Stage.RUNNING)
                .setDescription("Models ranked " + (metric != null ? "on " + metric
                        : "on each benchmark's first threshold metric") + "; the run's summary is attached as CSV and JSON.");
        // The ranking inline, where the report opens; the attachment keeps the same tables.
        result.setDescriptionHtml(Leaderboard.headline(entries, metric));
        ResultLabels.place(result, "leaderboard", "leaderboard");
        lifecycle.scheduleTestCase(result);
        lifecycle.startTestCase(uuid);
        lifecycle.addAttachment("leaderboard", "text/html", ".html",
                Leaderboard.html(entries, metric).getBytes(StandardCharsets.UTF_8));
        for (Svg.Chart chart : Leaderboard.charts(summary, metric)) {
            lifecycle.addAttachment(chart.name(), "image/svg+xml", ".svg", chart.svg().getBytes(StandardCharsets.UTF_8));
        }
        lifecycle.addAttachment("summary.csv", "text/csv", ".csv", SummaryExports.csv(summary).getBytes(StandardCharsets.UTF_8));
        lifecycle.addAttachment("summary.json", "application/json", ".json",
                SummaryExports.json(summary).getBytes(StandardCharsets.UTF_8));
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);
    }

    /**
     * Copies {@code allure-report/history/} (beside the results folder) into the results, which is
     * how Allure carries trends from one generated report into the next.
     */
    private static void carryHistory(AssayResultsWriter writer) throws IOException {
        Path history = writer.directory().resolveSibling("allure-report").resolve("history");
        if (!Files.isDirectory(history)) {
            return;
        }
        try (Stream<Path> files = Files.list(history)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                writer.writeFile("history/" + f.getFileName(), Files.readAllBytes(f));
            }
        }
    }

    private static void writeFile(AllureLifecycle lifecycle, AssayResultsWriter writer, String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (writer != null) {
            writer.writeFile(name, bytes);
        } else {
            lifecycle.writeAttachment(name, new java.io.ByteArrayInputStream(bytes));
        }
    }
}
