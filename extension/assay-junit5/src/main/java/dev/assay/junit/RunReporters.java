package dev.assay.junit;

import dev.assay.report.BaselineEvidence;
import dev.assay.report.CaseEvidence;
import dev.assay.report.ComparisonEvidence;
import dev.assay.report.ConsoleReporter;
import dev.assay.report.ModelEvidence;
import dev.assay.report.ReporterSettings;
import dev.assay.report.RunInfo;
import dev.assay.report.RunReporter;
import dev.assay.report.RunReporterFactory;
import dev.assay.report.Summary;
import dev.assay.report.SummaryFileReporter;
import dev.assay.report.WarmupEvidence;
import dev.assay.data.ProjectPaths;
import dev.assay.report.export.ExportsReporter;
import dev.assay.report.export.RunExports;
import dev.assay.report.history.HistoryReporter;
import dev.assay.report.history.MetricHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * {@code RunReporters} hands every event of a run to each of its reporters, in order: the built-in
 * {@code summary.json}, exports (CSV, Markdown, spreadsheet), metric history and console reporters, then those found on the classpath through
 * {@link RunReporterFactory} services (Allure, when {@code assay-allure} is there).
 */
final class RunReporters implements RunReporter {

    private final List<RunReporter> reporters;

    private RunReporters(List<RunReporter> reporters) {
        this.reporters = List.copyOf(reporters);
    }

    /** The built-in reporters plus one from each factory on the classpath. */
    static RunReporters load(AssayConfig config, ReporterSettings settings) {
        List<RunReporter> all = new ArrayList<>();
        MetricHistory history = history(config, settings);
        all.add(new SummaryFileReporter());
        // Exports before history: summary.md compares with the previous run, not with this one.
        all.add(new ExportsReporter(RunExports.jobSummaryFromEnvironment(), history));
        if (history != null) {
            all.add(new HistoryReporter(history));
        }
        all.add(new ConsoleReporter(System.out, config.estimator().confidence(),
                settings.config(ConsoleReporter.RESOURCES_KEY).map(Boolean::parseBoolean).orElse(false)));
        for (RunReporterFactory factory : ServiceLoader.load(RunReporterFactory.class, RunReporters.class.getClassLoader())) {
            all.add(factory.create(settings));
        }
        return new RunReporters(all);
    }

    /** The run's metric history ({@code assay.history.dir}, under the project root), or null for {@code none}. */
    private static MetricHistory history(AssayConfig config, ReporterSettings settings) {
        String dir = settings.config(MetricHistory.DIR_KEY).orElse(MetricHistory.DEFAULT_DIR).strip();
        if (dir.equalsIgnoreCase("none")) {
            return null;
        }
        return new MetricHistory(ProjectPaths.detect(config.root()).resolve(dir));
    }

    private void each(Consumer<RunReporter> event) {
        reporters.forEach(event);
    }

    @Override
    public void caseFinished(CaseEvidence evidence) {
        each(r -> r.caseFinished(evidence));
    }

    @Override
    public void batchFinished(List<CaseEvidence> evidence) {
        each(r -> r.batchFinished(evidence));
    }

    @Override
    public void warmupFinished(WarmupEvidence warmup) {
        each(r -> r.warmupFinished(warmup));
    }

    @Override
    public void modelSummarised(ModelEvidence model) {
        each(r -> r.modelSummarised(model));
    }

    @Override
    public void comparisonFinished(ComparisonEvidence comparison) {
        each(r -> r.comparisonFinished(comparison));
    }

    @Override
    public void baselineChecked(BaselineEvidence baseline) {
        each(r -> r.baselineChecked(baseline));
    }

    @Override
    public void benchmarkFinished(RunInfo run, Summary.BenchmarkResult benchmark, Summary soFar) {
        each(r -> r.benchmarkFinished(run, benchmark, soFar));
    }

    @Override
    public void runFinished(RunInfo run, Summary summary) {
        each(r -> r.runFinished(run, summary));
    }
}
