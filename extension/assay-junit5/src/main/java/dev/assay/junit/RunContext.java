package dev.assay.junit;

import dev.assay.data.ProjectPaths;
import dev.assay.report.AtomicFiles;
import dev.assay.report.BenchmarkSpec;
import dev.assay.report.CaseRecord;
import dev.assay.report.MetricEstimator;
import dev.assay.report.ReporterSettings;
import dev.assay.report.RunInfo;
import dev.assay.report.RunJournal;
import dev.assay.report.Summary;
import dev.assay.report.SummaryBuilder;
import dev.assay.report.SummaryFileReporter;
import dev.assay.resources.ResourceSampler;
import dev.assay.resources.ResourceUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code RunContext} is the state of one test run, shared by every benchmark class: the run id,
 * the journal, the finished benchmarks' results, and the files under {@code target/assay/<run>/}.
 * It lives in the root store and is closed once, when the run ends, writing the final summary.
 */
// CloseableResource as well: JUnit before 5.13 closes only those when the store closes.
final class RunContext implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunContext.class);

    private final AssayConfig config;
    private final ProjectPaths paths;
    private final String runId;
    private final Path runDir;
    private final RunJournal journal;
    private final SummaryBuilder summaryBuilder;
    private final ProgressReporter progress;
    private final RunReporters reporters;
    private final ResumedRun resumed;
    private final ResourceSampler resources;
    private final Map<String, BenchmarkSpec> specs = new LinkedHashMap<>();
    private final Map<String, Summary.BenchmarkResult> results = new LinkedHashMap<>();

    private RunContext(AssayConfig config, ExtensionContext context) {
        this.config = config;
        this.paths = ProjectPaths.detect(config.root());
        // A relative output folder is under the project root, not the working directory (IDEs start tests in many places).
        Path outputDir = paths.resolve(config.outputDir().toString());
        String resume = context.getConfigurationParameter(ResumedRun.KEY).map(String::strip).filter(s -> !s.isEmpty())
                .orElse(null);
        this.resumed = resume == null ? null : ResumedRun.open(outputDir, resume);
        this.runId = resumed != null ? resumed.runId() : config.runId() != null ? config.runId() : newRunId();
        this.runDir = outputDir.resolve(runId);
        if (resumed == null && Files.isRegularFile(runDir.resolve("journal.jsonl"))) {
            // Appending a second run to a journal would count every case twice.
            throw new ExtensionConfigurationException("Configuration error: run [" + runId + "] already has a journal at ["
                    + runDir.resolve("journal.jsonl") + "]; finish it with " + ResumedRun.KEY + "=" + runId
                    + ", or give this run another " + AssayConfig.RUN_ID_KEY);
        }
        // A run killed while writing (with the same assay.run.id) left temporary files: they are not outputs.
        AtomicFiles.removeStale(runDir);
        this.journal = new RunJournal(runDir.resolve("journal.jsonl"));
        this.summaryBuilder = new SummaryBuilder(new MetricEstimator(config.estimator()));
        this.progress = new ProgressReporter(config.progressSeconds());
        this.reporters = RunReporters.load(config,
                new ReporterSettings(context::getConfigurationParameter, config.estimator().seed()));
        this.resources = config.resourceIntervalMs() > 0 ? ResourceSampler.start(config.resourceIntervalMs()) : null;
    }

    /** The run's context, created on first use. */
    static RunContext of(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(RunContext.class,
                k -> new RunContext(AssayConfig.read(context), context.getRoot()), RunContext.class);
    }

    private static String newRunId() {
        String time = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        return time + "-" + Integer.toHexString(0x1000 + ThreadLocalRandom.current().nextInt(0xf000));
    }

    AssayConfig config() {
        return config;
    }

    ProjectPaths paths() {
        return paths;
    }

    String runId() {
        return runId;
    }

    Path runDir() {
        return runDir;
    }

    SummaryBuilder summaryBuilder() {
        return summaryBuilder;
    }

    ProgressReporter progress() {
        return progress;
    }

    /** The records a resumed run's journal already held for a benchmark; empty for a new run. */
    List<CaseRecord> resumedRecords(String benchmark) {
        return resumed == null ? List.of() : resumed.records(benchmark);
    }

    /** The run's reporters: summary.json, the console, and those found on the classpath (Allure). */
    RunReporters reporters() {
        return reporters;
    }

    /** What the process used between two {@link System#nanoTime()} readings, or null when sampling is off. */
    ResourceUsage resourceUsage(long fromNanos, long toNanos) {
        return resources == null ? null : resources.usage(fromNanos, toNanos);
    }

    /** Appends a record to the journal at once. */
    void append(CaseRecord record) {
        journal.append(record);
    }

    /** Appends records already encoded with {@link RunJournal#encode}. */
    void append(byte[] encodedRecords) {
        journal.append(encodedRecords);
    }

    /** Registers a benchmark's spec and writes {@code benchmarks.json}, so the journal can be re-scored. */
    synchronized void register(BenchmarkSpec spec) {
        specs.put(spec.benchmark, spec);
        writeSpecs();
    }

    /** Stores a finished benchmark's results and rewrites {@code summary.json} (not yet complete). */
    synchronized void finish(BenchmarkSpec spec, Summary.BenchmarkResult result) {
        specs.put(spec.benchmark, spec);
        results.put(result.benchmark, result);
        writeSpecs();
        reporters.benchmarkFinished(info(), result, summary(false));
    }

    /** The summary of the finished benchmarks. */
    synchronized Summary summary(boolean runEnded) {
        Summary summary = new Summary();
        summary.run = runId;
        summary.benchmarks.addAll(results.values());
        summary.complete = runEnded && results.values().stream().flatMap(b -> b.models.stream())
                .allMatch(m -> m.nExpected == null || m.n == m.nExpected);
        return summary;
    }

    private void writeSpecs() {
        SummaryFileReporter.writeAtomically(runDir.resolve("benchmarks.json"), new ArrayList<>(specs.values()));
    }

    private RunInfo info() {
        return new RunInfo(runId, runDir);
    }

    @Override
    public synchronized void close() {
        if (resources != null) {
            resources.close();
        }
        journal.close();
        if (!results.isEmpty()) {
            reporters.runFinished(info(), summary(true));
        }
    }
}
