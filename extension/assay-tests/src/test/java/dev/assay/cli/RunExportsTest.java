package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.assay.junit.RegressionBenchmarkTestCase;
import dev.assay.report.JournalReader;
import dev.assay.report.Json;
import dev.assay.report.Summary;
import dev.assay.report.export.RunExports;
import dev.assay.testkit.BenchmarkRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Beside {@code journal.jsonl} and {@code summary.json}, a run leaves the files people open without
 * Assay: {@code cases.csv}, {@code summary.csv}, {@code summary.md}, {@code summary.xlsx}; the CLI
 * writes the same files when it rebuilds the run.
 */
class RunExportsTest {

    @TempDir
    Path temp;

    private static List<List<String>> csv(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(file.toFile())) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void aRunWritesOneRowPerRecordAndPerMetricAMarkdownSummaryAndASpreadsheet() throws IOException {
        BenchmarkRun run = BenchmarkRun.of(temp.resolve("out"), RegressionBenchmarkTestCase.class);
        Path dir = run.runDir();
        List<JsonNode> journal = run.journal();
        JsonNode summary = run.summary();

        List<List<String>> cases = csv(dir.resolve("cases.csv"));
        assertThat(cases.get(0)).startsWith("run", "benchmark", "model", "case", "round", "task", "status", "expected", "predicted");
        assertThat(cases).hasSize(journal.size() + 1);
        for (int i = 0; i < journal.size(); i++) {
            assertThat(cases.get(i + 1).get(3)).isEqualTo(journal.get(i).get("case").asText());
            assertThat(cases.get(i + 1).get(6)).isEqualTo(journal.get(i).get("status").asText());
        }

        List<List<String>> metrics = csv(dir.resolve("summary.csv"));
        int expectedRows = 0;
        for (JsonNode model : summary.at("/benchmarks/0/models")) {
            expectedRows += model.get("metrics").size();
        }
        assertThat(metrics).hasSize(expectedRows + 1);
        List<String> mae = metrics.stream().filter(r -> r.get(1).equals("exact") && r.get(2).equals("mae")).findFirst().orElseThrow();
        JsonNode exactMae = summary.at("/benchmarks/0/models/0/metrics/mae");
        assertThat(Double.parseDouble(mae.get(3))).isEqualTo(exactMae.get("value").asDouble());
        assertThat(Double.parseDouble(mae.get(4))).isEqualTo(exactMae.get("ci_low").asDouble());

        String markdown = Files.readString(dir.resolve("summary.md"));
        assertThat(markdown).startsWith("# Assay run test-run\n").contains("## tiny")
                .contains("| model | n | ok |").contains("| exact |").contains("❌ off: mae 5 ≤ 3");

        try (ZipFile xlsx = new ZipFile(dir.resolve("summary.xlsx").toFile())) {
            assertThat(xlsx.getEntry("xl/workbook.xml")).isNotNull();
            String sheet2 = new String(xlsx.getInputStream(xlsx.getEntry("xl/worksheets/sheet2.xml")).readAllBytes());
            assertThat(sheet2.split("<row ", -1)).as("header and one row per record").hasSize(journal.size() + 2);
        }
    }

    @Test
    void theCliWritesTheSameFilesFromTheJournal() throws IOException {
        BenchmarkRun run = BenchmarkRun.of(temp.resolve("out"), RegressionBenchmarkTestCase.class);
        Path rebuilt = temp.resolve("rebuilt");

        AssayCli.run("report", "--out", rebuilt.toString(), run.runDir().toString());

        for (String name : List.of("cases.csv", "summary.csv", "summary.md")) {
            assertThat(Files.readString(rebuilt.resolve(name))).as(name).isEqualTo(run.file(name));
        }
        assertThat(rebuilt.resolve("summary.xlsx")).isRegularFile();
    }

    @Test
    void theMarkdownIsAppendedToTheJobSummaryOfAGitHubActionsRun() throws IOException {
        BenchmarkRun run = BenchmarkRun.of(temp.resolve("out"), RegressionBenchmarkTestCase.class);
        Path jobSummary = temp.resolve("step-summary.md");
        Files.writeString(jobSummary, "earlier step\n");
        Summary summary = Json.MAPPER.readValue(run.runDir().resolve("summary.json").toFile(), Summary.class);

        RunExports.write(temp.resolve("again"), summary, JournalReader.read(run.runDir().resolve("journal.jsonl")), jobSummary, null);

        assertThat(Files.readString(jobSummary)).startsWith("earlier step\n# Assay run test-run\n")
                .contains(run.file("summary.md"));
    }
}
