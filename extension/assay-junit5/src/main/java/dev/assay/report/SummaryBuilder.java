package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.api.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * {@code SummaryBuilder} is used to turn case records and benchmark specs into a {@link Summary}.
 * Runs and {@code assay report} both go through it, so a summary rebuilt from a journal is the
 * summary the run wrote.
 */
@API(status = INTERNAL, since = "0.1")
public final class SummaryBuilder {

    private final MetricEstimator estimator;

    /** A builder that makes intervals with the given estimator. */
    public SummaryBuilder(MetricEstimator estimator) {
        this.estimator = estimator;
    }

    /** The estimator every interval comes from. */
    public MetricEstimator estimator() {
        return estimator;
    }

    /**
     * The whole summary of a run.
     *
     * @param run the run's id
     * @param records every record, in journal order (several journals may be concatenated); each
     *     model's are put in case and round order before anything is resampled
     * @param specs the benchmarks' specs by name; a benchmark without one gets an empty spec
     */
    public Summary build(String run, List<CaseRecord> records, Map<String, BenchmarkSpec> specs) {
        Map<String, Map<String, List<CaseRecord>>> grouped = new LinkedHashMap<>();
        for (CaseRecord r : records) {
            grouped.computeIfAbsent(r.benchmark(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.model(), k -> new ArrayList<>()).add(r);
        }
        Summary summary = new Summary();
        summary.run = run;
        summary.complete = true;
        for (var bench : grouped.entrySet()) {
            BenchmarkSpec spec = specs.getOrDefault(bench.getKey(), new BenchmarkSpec());
            Summary.BenchmarkResult result = new Summary.BenchmarkResult();
            result.benchmark = bench.getKey();
            for (var model : bench.getValue().entrySet()) {
                Summary.ModelResult m = model(bench.getKey(), spec, model.getKey(), model.getValue());
                summary.complete &= m.nExpected == null || m.n == m.nExpected;
                result.models.add(m);
            }
            result.comparisons.addAll(compare(spec, bench.getValue()));
            summary.benchmarks.add(result);
        }
        return summary;
    }

    /** One model's results from its records. */
    public Summary.ModelResult model(String benchmark, BenchmarkSpec spec, String model, List<CaseRecord> journalOrder) {
        List<CaseRecord> records = CaseOrder.sorted(journalOrder);
        BenchmarkSpec.ModelSpec modelSpec = spec.models.get(model);
        Task task = Task.fromWireName(modelSpec != null && modelSpec.task != null ? modelSpec.task
                : records.get(0).task());
        ModelScorer scorer = new ModelScorer(records, task, spec);
        Summary.ModelResult m = new Summary.ModelResult();
        m.model = model;
        m.task = task.wireName();
        m.n = records.size();
        m.nOk = scorer.okRecords().size();
        m.nExpected = modelSpec != null ? modelSpec.expectedRecords() : null;
        m.statusCounts = scorer.statusCounts();
        m.runtime = modelSpec != null ? modelSpec.runtime : null;
        m.resources = modelSpec != null ? modelSpec.resources : null;
        m.scenario = modelSpec != null ? modelSpec.scenario : null;
        m.metrics = estimator.estimate(benchmark + "/" + model, scorer);
        m.thresholds = ThresholdVerdicts.check(spec.thresholds, model, m.metrics);
        List<String> warnings = Stream.of(LabelHygiene.warning(task, scorer.okRecords()),
                SparseClasses.warning(task, scorer.okRecords())).filter(Objects::nonNull).toList();
        m.warnings = warnings.isEmpty() ? null : warnings;
        m.rounds = RoundAnalysis.of(records, task, spec,
                modelSpec != null && modelSpec.caseThresholds != null ? modelSpec.caseThresholds : List.of());
        return m;
    }

    /** Every declared comparison of a benchmark, Holm-adjusted together. */
    public List<ComparisonResult> compare(BenchmarkSpec spec, Map<String, List<CaseRecord>> byModel) {
        return new ModelComparer(estimator, spec).compareAll(byModel);
    }
}
