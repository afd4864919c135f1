package dev.assay.cli;

import dev.assay.report.AtomicFiles;
import dev.assay.report.BenchmarkSpec;
import dev.assay.report.CaseRecord;
import dev.assay.report.ConsoleTable;
import dev.assay.report.EstimatorSettings;
import dev.assay.report.Json;
import dev.assay.report.JournalReader;
import dev.assay.report.MetricEstimator;
import dev.assay.report.Summary;
import dev.assay.report.SummaryBuilder;
import dev.assay.report.ThresholdVerdicts;
import dev.assay.report.export.RunExports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ReportCommand} is {@code assay report}: it reads journals (several merge, e.g. CI shards),
 * the {@code benchmarks.json} the runs wrote beside them, applies extra thresholds and comparisons,
 * and writes {@code summary.json} and the console table.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuild summary.json from run journals; exit 1 when a threshold fails.")
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "Folder to write summary.json into.")
    Path out;

    @Option(names = "--threshold", paramLabel = "BOUND",
            description = "A bound such as 'mae<=12', 'accuracy>=0.8', '0.6<=pearson<=1', or for one model "
                    + "'ridge:mae<=12'. Replaces a stored threshold on the same metric and model.")
    List<String> thresholds = new ArrayList<>();

    @Option(names = "--compare", paramLabel = "BASELINE:CANDIDATE",
            description = "Compare two models of each benchmark that has both.")
    List<String> comparisons = new ArrayList<>();

    @Option(names = "--seed", description = "Seed of the bootstrap (default: 42, as runs use).")
    long seed = 42L;

    @Option(names = "--resamples", description = "Bootstrap resamples (default: 1000; 0 for no intervals).")
    int resamples = 1000;

    @Option(names = "--confidence", description = "Confidence level of intervals (default: 0.95).")
    double confidence = 0.95;

    @Option(names = "--max-cases", description = "Above this many cases, m-out-of-n bootstrap (default: 5000).")
    int maxCases = 5_000;

    @Parameters(arity = "1..*", paramLabel = "JOURNAL_OR_DIR",
            description = "journal.jsonl files, or folders searched for them.")
    List<Path> inputs;

    @Override
    public Integer call() {
        List<Path> journals = journals();
        List<CaseRecord> records = new ArrayList<>();
        Map<String, BenchmarkSpec> specs = new LinkedHashMap<>();
        for (Path journal : journals) {
            records.addAll(JournalReader.read(journal));
            readSpecs(journal.resolveSibling("benchmarks.json")).forEach(s -> specs.merge(s.benchmark, s,
                    ReportCommand::mergeSpecs));
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("the journals " + journals + " hold no case records");
        }
        records.forEach(r -> specs.computeIfAbsent(r.benchmark(), b -> emptySpec(b)));
        List<BenchmarkSpec.ThresholdSpec> extra = thresholds.stream().map(ThresholdParser::parse).toList();
        for (BenchmarkSpec spec : specs.values()) {
            for (BenchmarkSpec.ThresholdSpec t : extra) {
                spec.thresholds.removeIf(s -> s.metric().equals(t.metric())
                        && java.util.Objects.equals(s.model(), t.model()));
                spec.thresholds.add(t);
            }
            for (String c : comparisons) {
                String[] pair = c.split(":", 2);
                if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                    throw new IllegalArgumentException("--compare [" + c + "] is not BASELINE:CANDIDATE, e.g. "
                            + "ridge:gemma3");
                }
                spec.comparisons.add(new BenchmarkSpec.CompareSpec(pair[0], pair[1], 0.0));
            }
        }
        Summary summary = new SummaryBuilder(new MetricEstimator(
                new EstimatorSettings(confidence, resamples, seed, maxCases))).build(runId(records), records, specs);
        write(summary);
        // The same files a run writes beside its summary; no job summary: a CI step that wants one
        // runs in the run itself or appends summary.md.
        RunExports.write(out, summary, records, null, null);
        boolean failed = false;
        for (Summary.BenchmarkResult b : summary.benchmarks) {
            System.out.print(ConsoleTable.render(b, confidence));
            failed |= b.models.stream().anyMatch(m -> !ThresholdVerdicts.failures(m, confidence).isEmpty());
        }
        System.out.println("[assay] summary " + out.resolve("summary.json") + " from " + records.size()
                + " case records in " + journals.size() + " journal(s)");
        return failed ? 1 : 0;
    }

    private List<Path> journals() {
        List<Path> found = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.walk(input)) {
                    files.filter(p -> p.getFileName().toString().matches("journal.*\\.jsonl")).sorted()
                            .forEach(found::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(input)) {
                found.add(input);
            } else {
                throw new IllegalArgumentException("no journal or folder at [" + input + "]");
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no journal.jsonl under " + inputs);
        }
        return found;
    }

    private static List<BenchmarkSpec> readSpecs(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return List.of(Json.MAPPER.readValue(file.toFile(), BenchmarkSpec[].class));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read [" + file + "]: " + e.getMessage(), e);
        }
    }

    /** Shards of one benchmark: same declarations, case counts that add up. */
    private static BenchmarkSpec mergeSpecs(BenchmarkSpec a, BenchmarkSpec b) {
        b.models.forEach((model, spec) -> a.models.merge(model, spec, (x, y) -> {
            x.cases += y.cases;
            return x;
        }));
        return a;
    }

    private static BenchmarkSpec emptySpec(String benchmark) {
        BenchmarkSpec spec = new BenchmarkSpec();
        spec.benchmark = benchmark;
        return spec;
    }

    private static String runId(List<CaseRecord> records) {
        LinkedHashSet<String> runs = new LinkedHashSet<>();
        records.forEach(r -> runs.add(r.run()));
        return runs.size() == 1 ? runs.iterator().next() : "merged:" + String.join("+", runs);
    }

    /** Through a temporary file: killed mid-write, the folder keeps the summary it had (a run's own, if --out is its folder). */
    private void write(Summary summary) {
        AtomicFiles.removeStale(out);
        AtomicFiles.writeJson(out.resolve("summary.json"), summary);
    }

}
