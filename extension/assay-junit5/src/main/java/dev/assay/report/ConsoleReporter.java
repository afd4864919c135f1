package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintStream;
import org.apiguardian.api.API;

/**
 * {@code ConsoleReporter} prints each benchmark's {@link ConsoleTable} when it finishes (headline
 * metrics with intervals, threshold verdicts), a line per load scenario ({@link ScenarioLines}) and,
 * when the run ends, where the journal and summary
 * are: what a CI log shows at a glance.
 */
@API(status = INTERNAL, since = "0.1")
public final class ConsoleReporter implements RunReporter {

    /** {@code assay.console.resources}: {@code true} prints each model's resource use under its table. */
    public static final String RESOURCES_KEY = "assay.console.resources";

    private final PrintStream out;
    private final double confidence;
    private final boolean resources;

    /** A reporter printing to {@code out}, with intervals at {@code confidence}, without resource lines. */
    public ConsoleReporter(PrintStream out, double confidence) {
        this(out, confidence, false);
    }

    /** A reporter printing to {@code out}, with intervals at {@code confidence}; {@code resources} adds resource lines. */
    public ConsoleReporter(PrintStream out, double confidence, boolean resources) {
        this.out = out;
        this.confidence = confidence;
        this.resources = resources;
    }

    @Override
    public void benchmarkFinished(RunInfo run, Summary.BenchmarkResult benchmark, Summary soFar) {
        out.print(ConsoleTable.render(benchmark, confidence));
        ScenarioLines.of(benchmark).forEach(out::println);
        if (resources) {
            ResourceLines.of(benchmark).forEach(out::println);
        }
    }

    @Override
    public void runFinished(RunInfo run, Summary summary) {
        out.println("[assay] run " + run.id() + ": journal " + run.dir().resolve("journal.jsonl") + ", summary "
                + run.dir().resolve("summary.json"));
    }
}
