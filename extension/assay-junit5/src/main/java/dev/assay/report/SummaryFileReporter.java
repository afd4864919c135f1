package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * {@code SummaryFileReporter} writes the run's {@code summary.json} (the contract in DESIGN.md):
 * after each benchmark, so a killed run leaves the summary of what finished ({@code complete:false}),
 * and once more when the run ends.
 */
@API(status = INTERNAL, since = "0.1")
public final class SummaryFileReporter implements RunReporter {

    @Override
    public void benchmarkFinished(RunInfo run, Summary.BenchmarkResult benchmark, Summary soFar) {
        writeAtomically(run.dir().resolve("summary.json"), soFar);
    }

    @Override
    public void runFinished(RunInfo run, Summary summary) {
        writeAtomically(run.dir().resolve("summary.json"), summary);
    }

    /** Writes to a temporary file, then moves it in place, so readers never see half a file. */
    public static void writeAtomically(Path file, Object value) {
        AtomicFiles.writeJson(file, value);
    }
}
