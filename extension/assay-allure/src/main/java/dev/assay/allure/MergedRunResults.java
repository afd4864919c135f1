package dev.assay.allure;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.report.BaselineEvidence;
import dev.assay.report.BaselineResult;
import dev.assay.report.BenchmarkSpec;
import dev.assay.report.CaseRecord;
import dev.assay.report.ComparisonResult;
import dev.assay.report.Summary;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Stage;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * {@code MergedRunResults} writes the Allure results of a run rebuilt from journals — {@code assay
 * merge} of CI shards, whose own results hold their cases but only "deferred to merge" verdicts — so
 * the report shows the merged run's verdicts: a summary per model, a result per comparison and per
 * baseline check, the leaderboard and the run's files, each as a JUnit run would have written them
 * and failed where the merge's exit code fails. Generate the report from the shards' results and
 * these together to see cases and verdicts in one place.
 *
 * <pre>{@code
 * MergedRunResults.write(Path.of("merged/allure-results"), summary, specs, records, 0.95, failures);
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class MergedRunResults {

    private MergedRunResults() {
    }

    /**
     * Writes the results.
     *
     * @param directory the Allure results folder (created when missing)
     * @param specs each benchmark's declarations, by name
     * @param records every case record of the run
     * @param failures the merge's failure lines ({@code benchmark › model: …}, {@code benchmark › compare
     *     a vs b: …}, {@code benchmark › baseline › model: …}); a node fails with the lines that name it
     * @throws IOException when the folder cannot be written
     */
    public static void write(Path directory, Summary summary, Map<String, BenchmarkSpec> specs, List<CaseRecord> records,
                             double confidence, List<String> failures) throws IOException {
        AssayResultsWriter writer = new AssayResultsWriter(directory);
        AllureLifecycle lifecycle = new AllureLifecycle(writer);
        for (Summary.BenchmarkResult b : summary.benchmarks) {
            BenchmarkSpec spec = specs.get(b.benchmark);
            for (Summary.ModelResult m : b.models) {
                List<CaseRecord> mine = records.stream().filter(r -> r.benchmark().equals(b.benchmark)
                        && r.model().equals(m.model)).toList();
                node(lifecycle, b.benchmark + " \u203a " + m.model + ": ", failures, "summary:" + b.benchmark + "/" + m.model,
                        () -> SummaryReport.write(lifecycle, b.benchmark, spec, m, mine, confidence,
                                "Merged from the shards' journals: every case is in the merged run's journals."));
            }
            comparisons(b).forEach((pair, rows) -> node(lifecycle, b.benchmark + " \u203a compare " + pair.get(0) + " vs "
                    + pair.get(1) + ": ", failures, "compare:" + b.benchmark + "/" + pair,
                    () -> ComparisonReport.write(lifecycle, b.benchmark, pair.get(0), pair.get(1), rows,
                            model(b, pair.get(0)), model(b, pair.get(1)), confidence)));
            if (spec != null && spec.baseline != null) {
                for (Summary.ModelResult m : b.models) {
                    List<BaselineResult> rows = b.baselines.stream().filter(r -> r.model().equals(m.model)).toList();
                    String prefix = b.benchmark + " \u203a baseline \u203a " + m.model + ": ";
                    String problem = rows.isEmpty() ? failures.stream().filter(f -> f.startsWith(prefix)).findFirst()
                            .map(f -> f.substring(prefix.length())).orElse("no stored result for this model") : null;
                    node(lifecycle, prefix, failures, "baseline:" + b.benchmark + "/" + m.model,
                            () -> BaselineReport.write(lifecycle, new BaselineEvidence("merged", b.benchmark, m.model,
                                    spec.baseline.file(), rows, problem, false, confidence)));
                }
            }
        }
        RunResultFiles.write(lifecycle, writer, summary.run, summary, null);
        writer.flush();
    }

    /** The comparison rows of each (baseline, candidate) pair, in the summary's order. */
    private static Map<List<String>, List<ComparisonResult>> comparisons(Summary.BenchmarkResult b) {
        Map<List<String>, List<ComparisonResult>> out = new LinkedHashMap<>();
        b.comparisons.forEach(r -> out.computeIfAbsent(List.of(r.baseline(), r.candidate()), k -> new ArrayList<>())
                .add(r));
        return out;
    }

    private static Summary.ModelResult model(Summary.BenchmarkResult b, String name) {
        return b.models.stream().filter(m -> m.model.equals(name)).findFirst().orElse(null);
    }

    /**
     * One result, filled by {@code fill} (which names and places it); failed with the failure lines
     * that start with {@code prefix}.
     */
    private static void node(AllureLifecycle lifecycle, String prefix, List<String> failures, String id, Runnable fill) {
        List<String> mine = failures.stream().filter(f -> f.startsWith(prefix)).toList();
        String uuid = UUID.randomUUID().toString();
        long now = System.currentTimeMillis();
        TestResult result = new TestResult().setUuid(uuid).setFullName("assay.merge." + id)
                .setHistoryId(Integer.toHexString(("assay-merge:" + id).hashCode()))
                .setStatus(mine.isEmpty() ? Status.PASSED : Status.FAILED).setStage(Stage.RUNNING).setStart(now);
        if (!mine.isEmpty()) {
            result.setStatusDetails(new StatusDetails().setMessage(String.join("\n", mine)));
        }
        lifecycle.scheduleTestCase(result);
        lifecycle.startTestCase(uuid);
        fill.run();
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);
    }
}
