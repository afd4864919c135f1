package dev.assay.cli;

import dev.assay.report.BaselineCheck;
import dev.assay.report.BaselineResult;
import dev.assay.report.BenchmarkSpec;
import dev.assay.report.CaseRecord;
import dev.assay.report.MetricEstimator;
import dev.assay.report.StoredBaseline;
import dev.assay.report.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code BaselineRecheck} checks a rebuilt benchmark against its stored {@code @Baseline}, as the
 * run's {@code baseline › MODEL} nodes do, so a summary rebuilt from journals — a merge of shards,
 * which deferred the check — carries the same {@code baselines} rows and the same verdict. The
 * stored file is looked up under the project root ({@code --root}, as {@code assay.root}); a file
 * that is not there is bad input (usually the wrong root), a model the file lacks a failed check,
 * as in the run.
 */
final class BaselineRecheck {

    private BaselineRecheck() {
    }

    /**
     * Fills {@code benchmark.baselines} and returns the failures, one line per model that regressed
     * or could not be checked.
     *
     * @throws IllegalArgumentException when the stored baseline file is not under {@code root}
     */
    static List<String> check(Path root, BenchmarkSpec spec, Summary.BenchmarkResult benchmark,
                              List<CaseRecord> records, MetricEstimator estimator) {
        List<String> failures = new ArrayList<>();
        if (spec == null || spec.baseline == null) {
            return failures;
        }
        Path file = root.resolve(spec.baseline.file());
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("benchmark [" + benchmark.benchmark + "] declares @Baseline(\""
                    + spec.baseline.file() + "\") but there is no file at [" + file.toAbsolutePath() + "]; pass the "
                    + "project root the run used (its assay.root) with --root");
        }
        StoredBaseline stored = StoredBaseline.read(file);
        List<BaselineResult> rows = new ArrayList<>();
        for (Summary.ModelResult model : benchmark.models) {
            StoredBaseline.Model storedModel = stored.models.get(model.model);
            if (storedModel == null) {
                failures.add(benchmark.benchmark + " \u203a baseline \u203a " + model.model + ": the stored baseline ["
                        + spec.baseline.file() + "] has no model [" + model.model + "]; it holds " + stored.models.keySet());
                continue;
            }
            List<CaseRecord> mine = records.stream().filter(r -> r.benchmark().equals(benchmark.benchmark)
                    && r.model().equals(model.model)).toList();
            List<BaselineResult> checked = new BaselineCheck(estimator, spec).check(model.model, storedModel, model, mine);
            rows.addAll(checked);
            List<String> regressed = checked.stream().filter(BaselineResult::regressed).map(BaselineResult::note).toList();
            if (!regressed.isEmpty()) {
                failures.add(benchmark.benchmark + " \u203a baseline \u203a " + model.model + ": regressed against ["
                        + spec.baseline.file() + "] on " + String.join("; ", regressed));
            }
        }
        benchmark.baselines = rows;
        return failures;
    }
}
