package dev.assay.report.history;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.report.RunInfo;
import dev.assay.report.RunReporter;
import dev.assay.report.Summary;
import java.time.Instant;
import org.apiguardian.api.API;

/** {@code HistoryReporter} appends a run's model results to the {@link MetricHistory} when the run ends. */
@API(status = INTERNAL, since = "0.1")
public final class HistoryReporter implements RunReporter {

    private final MetricHistory history;

    /** A reporter appending to {@code history}. */
    public HistoryReporter(MetricHistory history) {
        this.history = history;
    }

    @Override
    public void runFinished(RunInfo run, Summary summary) {
        history.append(summary, Instant.now());
    }
}
