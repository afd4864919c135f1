package dev.assay.cli;

import dev.assay.allure.MergedRunResults;
import dev.assay.report.AtomicFiles;
import dev.assay.report.BenchmarkSpec;
import dev.assay.report.CaseRecord;
import dev.assay.report.ConsoleTable;
import dev.assay.report.EstimatorSettings;
import dev.assay.report.Json;
import dev.assay.report.MetricEstimator;
import dev.assay.report.ScenarioLines;
import dev.assay.report.Summary;
import dev.assay.report.SummaryBuilder;
import dev.assay.report.ThresholdVerdicts;
import dev.assay.report.export.RunExports;
import dev.assay.scenario.ScenarioText;
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
        description = {"Rebuild summary.json from run journals: a CI gate.",
                "Exit 0: every threshold, comparison and baseline holds; 1: one failed; "
                        + "2: bad input (files, options, or a benchmark, model or metric the journals do not have); "
                        + "3: the run is incomplete (cases missing), unless --allow-incomplete."})
class ReportCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "Folder to write summary.json into.")
    Path out;

    @Option(names = "--threshold", paramLabel = "BOUND",
            description = "A bound such as 'mae<=12', 'accuracy>=0.8', '0.6<=pearson<=1', or for one model "
                    + "'ridge:mae<=12'. Replaces a stored threshold on the same metric and model.")
    List<String> thresholds = new ArrayList<>();

    @Option(names = "--compare", paramLabel = "BASELINE:CANDIDATE",
            description = "Compare two models of each benchmark that has both (once, if the run declared it too).")
    List<String> comparisons = new ArrayList<>();

    @Option(names = "--benchmark", paramLabel = "NAME",
            description = "Apply --threshold and --compare to this benchmark only.")
    String benchmark;

    @Option(names = "--root", paramLabel = "DIR",
            description = "The project root that @Baseline files are relative to, as the run's assay.root "
                    + "(default: the current folder).")
    Path root = Path.of("");

    @Option(names = "--allure", paramLabel = "DIR",
            description = "Also write the rebuilt run's verdicts (summaries, comparisons, baselines, leaderboard) as "
                    + "Allure results into DIR; generate the report from the shards' results and DIR together.")
    Path allure;

    @Option(names = "--allow-incomplete", description = "Exit 0/1 on the verdicts even when cases are missing (else 3).")
    boolean allowIncomplete;

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
        JournalSet set = new JournalSet(journals);
        List<CaseRecord> records = set.records();
        Map<String, BenchmarkSpec> specs = new LinkedHashMap<>();
        for (Path journal : journals) {
            readSpecs(journal.resolveSibling("benchmarks.json")).forEach(s -> specs.merge(s.benchmark, s,
                    ReportCommand::mergeSpecs));
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("the journals " + journals + " hold no case records");
        }
        records.forEach(r -> specs.computeIfAbsent(r.benchmark(), b -> emptySpec(b)));
        OptionTargets targets = new OptionTargets(specs, records, benchmark);
        for (String t : thresholds) {
            targets.threshold(t, ThresholdParser.parse(t));
        }
        comparisons.forEach(targets::compare);
        MetricEstimator estimator = new MetricEstimator(new EstimatorSettings(confidence, resamples, seed, maxCases));
        Summary summary = new SummaryBuilder(estimator).build(runId(records), records, specs);
        List<String> failures = new ArrayList<>();
        // Before the summary is written: its baselines rows come from this check, as a run's come from its nodes.
        for (Summary.BenchmarkResult b : summary.benchmarks) {
            failures.addAll(BaselineRecheck.check(root, specs.get(b.benchmark), b, records, estimator));
        }
        List<String> missingShards = set.missingShards();
        if (!missingShards.isEmpty()) {
            // Each shard's benchmarks.json counts only its own cases: a missing shard is only visible here.
            summary.complete = false;
        }
        write(summary);
        // The same files a run writes beside its summary; no job summary: a CI step that wants one
        // runs in the run itself or appends summary.md.
        RunExports.write(out, summary, records, null, null);
        for (Summary.BenchmarkResult b : summary.benchmarks) {
            System.out.print(ConsoleTable.render(b, confidence));
            ScenarioLines.of(b).forEach(System.out::println);
            b.models.forEach(m -> ThresholdVerdicts.failures(m, confidence)
                    .forEach(f -> failures.add(b.benchmark + " \u203a " + m.model + ": " + f)));
            // An INVALID server scenario fails as it failed the run's summary node.
            b.models.stream().filter(m -> m.scenario != null && m.scenario.invalid()).forEach(m -> failures.add(
                    b.benchmark + " \u203a " + m.model + ": " + ScenarioText.failure(m.scenario)));
            failures.addAll(ComparisonGate.failures(b, specs.get(b.benchmark)));
        }
        System.out.println("[assay] summary " + out.resolve("summary.json") + " from " + records.size()
                + " case records in " + journals.size() + " journal(s)");
        failures.forEach(f -> System.out.println("[assay] FAIL " + f));
        if (allure != null) {
            try {
                MergedRunResults.write(allure, summary, specs, records, confidence, failures);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write Allure results into [" + allure + "]: " + e.getMessage(), e);
            }
            System.out.println("[assay] Allure results of the verdicts in " + allure);
        }
        if (!summary.complete) {
            System.out.println("[assay] INCOMPLETE: " + (missingShards.isEmpty() ? "" : "no journal of shard "
                    + String.join(", ", missingShards) + "; ") + Incompleteness.describe(summary)
                    + (allowIncomplete ? " (--allow-incomplete: the verdicts decide)" : "; exit 3 (--allow-incomplete to judge anyway)"));
            if (!allowIncomplete) {
                return 3;
            }
        }
        return failures.isEmpty() ? 0 : 1;
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
            // Each shard measured its own process: no one shard's resources stand for the merged run.
            x.resources = null;
            // Each shard ran its own scenario on its share; any INVALID one fails the merge, as it failed its shard.
            if (x.scenario == null || y.scenario != null && y.scenario.invalid() && !x.scenario.invalid()) {
                x.scenario = y.scenario;
            }
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
