package dev.assay.junit;

import dev.assay.data.ProjectPaths;
import dev.assay.report.BenchmarkSpec;
import dev.assay.report.CaseRecord;
import dev.assay.report.Json;
import dev.assay.report.MetricEstimator;
import dev.assay.report.RunJournal;
import dev.assay.report.Summary;
import dev.assay.report.SummaryBuilder;
import dev.assay.report.allure.AllureReporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code RunContext} is the state of one test run, shared by every benchmark class: the run id,
 * the journal, the finished benchmarks' results, and the files under {@code target/assay/<run>/}.
 * It lives in the root store and is closed once, when the run ends, writing the final summary.
 */
final class RunContext implements AutoCloseable {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunContext.class);

    private final AssayConfig config;
    private final ProjectPaths paths;
    private final String runId;
    private final Path runDir;
    private final RunJournal journal;
    private final SummaryBuilder summaryBuilder;
    private final ProgressReporter progress;
    private final AllureReporter allure;
    private final Map<String, BenchmarkSpec> specs = new LinkedHashMap<>();
    private final Map<String, Summary.BenchmarkResult> results = new LinkedHashMap<>();

    private RunContext(AssayConfig config, AllureReporter allure) {
        this.allure = allure;
        this.config = config;
        this.paths = ProjectPaths.detect(config.root());
        this.runId = config.runId() != null ? config.runId() : newRunId();
        this.runDir = config.outputDir().toAbsolutePath().resolve(runId);
        this.journal = new RunJournal(runDir.resolve("journal.jsonl"));
        this.summaryBuilder = new SummaryBuilder(new MetricEstimator(config.estimator()));
        this.progress = new ProgressReporter(config.progressSeconds());
    }

    /** The run's context, created on first use. */
    static RunContext of(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(RunContext.class,
                k -> {
                    AssayConfig config = AssayConfig.read(context);
                    return new RunContext(config, AllureReporter.create(context::getConfigurationParameter,
                            config.estimator().seed()));
                }, RunContext.class);
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

    /** The run's Allure reporter (dev.assay.report.allure). */
    AllureReporter allure() {
        return allure;
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
        writeSummary(false);
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
        writeAtomically(runDir.resolve("benchmarks.json"), new ArrayList<>(specs.values()));
    }

    private void writeSummary(boolean runEnded) {
        writeAtomically(runDir.resolve("summary.json"), summary(runEnded));
    }

    /** Writes to a temporary file, then moves it in place, so readers never see half a file. */
    static void writeAtomically(Path file, Object value) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Json.PRETTY.writeValue(tmp.toFile(), value);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write [" + file + "]", e);
        }
    }

    @Override
    public synchronized void close() {
        journal.close();
        if (!results.isEmpty()) {
            writeSummary(true);
            allure.runFinished(runId, summary(true));
            System.out.println("[assay] run " + runId + ": journal " + journal.path() + ", summary "
                    + runDir.resolve("summary.json"));
        }
    }
}
