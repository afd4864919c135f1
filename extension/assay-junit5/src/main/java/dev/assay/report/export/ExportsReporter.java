package dev.assay.report.export;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.report.JournalReader;
import dev.assay.report.RunInfo;
import dev.assay.report.RunReporter;
import dev.assay.report.Summary;
import dev.assay.report.history.MetricHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * {@code ExportsReporter} writes the {@link RunExports} of a run when it ends, from its summary and
 * its journal (read back, so the files hold exactly what the journal does).
 */
@API(status = INTERNAL, since = "0.1")
public final class ExportsReporter implements RunReporter {

    private final Path jobSummary;
    private final MetricHistory history;

    /**
     * A reporter appending the Markdown summary to {@code jobSummary} too, unless it is null, and
     * comparing with the previous run in {@code history}, unless it is null.
     */
    public ExportsReporter(Path jobSummary, MetricHistory history) {
        this.jobSummary = jobSummary;
        this.history = history;
    }

    @Override
    public void runFinished(RunInfo run, Summary summary) {
        Path journal = run.dir().resolve("journal.jsonl");
        RunExports.write(run.dir(), summary, Files.isRegularFile(journal) ? JournalReader.read(journal)
                : java.util.List.of(), jobSummary, history);
    }
}
