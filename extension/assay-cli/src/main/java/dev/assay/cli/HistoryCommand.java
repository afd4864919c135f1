package dev.assay.cli;

import dev.assay.report.history.HistoryEntry;
import dev.assay.report.history.MetricHistory;
import dev.assay.report.history.Trend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code HistoryCommand} ({@code assay history}) prints how each model's metrics moved over the
 * runs kept in the metric history ({@code assay.history.dir}).
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Print each model's metrics over the last runs kept in the metric history.")
final class HistoryCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", description = "The history folder (default: " + MetricHistory.DEFAULT_DIR + ").")
    Path dir = Path.of(MetricHistory.DEFAULT_DIR);

    @Option(names = "--benchmark", paramLabel = "NAME", description = "Only this benchmark (default: every one).")
    String benchmark;

    @Option(names = "--metric", paramLabel = "NAME", description = "Metrics to show (default: the thresholded ones).")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--last", paramLabel = "N", description = "How many runs (default: 10).")
    int last = 10;

    @Override
    public Integer call() {
        MetricHistory history = new MetricHistory(dir);
        List<String> benchmarks = benchmark != null ? List.of(benchmark) : history.benchmarks();
        if (benchmarks.isEmpty()) {
            throw new IllegalArgumentException("no metric history in [" + dir.toAbsolutePath() + "]; runs write it "
                    + "when they end (" + MetricHistory.DIR_KEY + ")");
        }
        for (String name : benchmarks) {
            List<HistoryEntry> entries = history.entries(name);
            if (entries.isEmpty()) {
                throw new IllegalArgumentException("no history of benchmark [" + name + "] in [" + dir.toAbsolutePath()
                        + "]; benchmarks there: " + history.benchmarks());
            }
            System.out.print(Trend.table(entries, metrics, Math.max(1, last)));
        }
        return 0;
    }
}
