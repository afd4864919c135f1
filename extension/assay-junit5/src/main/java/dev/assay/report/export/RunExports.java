package dev.assay.report.export;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.report.AtomicFiles;
import dev.assay.report.CaseRecord;
import dev.assay.report.Summary;
import dev.assay.report.history.MetricHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code RunExports} writes a run's summary and records as the files people open without Assay,
 * beside {@code journal.jsonl} and {@code summary.json}:
 * <ul>
 *   <li>{@code cases.csv}: one row per record;</li>
 *   <li>{@code summary.csv}: one row per benchmark, model and metric, with its interval;</li>
 *   <li>{@code summary.md}: the models, thresholds and comparisons as GitHub-flavoured Markdown, also
 *       appended to the file {@code $GITHUB_STEP_SUMMARY} names, when it is set (the job summary of
 *       a GitHub Actions run);</li>
 *   <li>{@code summary.xlsx}: both tables as spreadsheet sheets.</li>
 * </ul>
 * Each file is written through a temporary file. The run writes them when it ends, and
 * {@code assay report} when it rebuilds a run.
 */
@API(status = INTERNAL, since = "0.1")
public final class RunExports {

    /** The environment variable GitHub Actions points at the job summary file. */
    public static final String GITHUB_STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

    private RunExports() {
    }

    /**
     * Writes the four files into {@code folder}.
     *
     * @param jobSummary the file to append the Markdown to, or null
     * @param history the metric history whose previous run {@code summary.md} compares with, or null
     */
    public static void write(Path folder, Summary summary, List<CaseRecord> records, Path jobSummary, MetricHistory history) {
        List<List<Object>> summaryRows = SummaryRows.of(summary);
        List<List<Object>> caseRows = CaseRows.of(records);
        String markdown = SummaryMarkdown.of(summary, history);
        AtomicFiles.writeString(folder.resolve("cases.csv"), CsvTables.of(CaseRows.HEADER, caseRows));
        AtomicFiles.writeString(folder.resolve("summary.csv"), CsvTables.of(SummaryRows.HEADER, summaryRows));
        AtomicFiles.writeString(folder.resolve("summary.md"), markdown);
        AtomicFiles.writeBytes(folder.resolve("summary.xlsx"), Spreadsheet.of(summaryRows, caseRows));
        if (jobSummary != null) {
            try {
                Files.writeString(jobSummary, markdown + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to " + GITHUB_STEP_SUMMARY + " [" + jobSummary + "]", e);
            }
        }
    }

    /** {@code summary.csv}'s text: one row per benchmark, model and metric, with its interval. */
    public static String summaryCsv(Summary summary) {
        return CsvTables.of(SummaryRows.HEADER, SummaryRows.of(summary));
    }

    /** The job summary file of this process's environment, or null outside GitHub Actions. */
    public static Path jobSummaryFromEnvironment() {
        String file = System.getenv(GITHUB_STEP_SUMMARY);
        return file == null || file.isBlank() ? null : Path.of(file);
    }
}
