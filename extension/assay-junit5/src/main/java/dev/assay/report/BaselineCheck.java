package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.metrics.Direction;
import dev.assay.metrics.MetricCatalog;
import dev.assay.stats.Holm;
import dev.assay.stats.Interval;
import dev.assay.stats.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code BaselineCheck} is used to store a model's results as the benchmark's baseline and to check
 * a later run against them ({@code @Baseline}). With stored per-case results it reuses
 * {@link ModelComparer}, the stored cases playing the baseline model, so the paired tests, intervals
 * and p-values are exactly those of {@code @Compare}; Holm's adjustment runs over the model's checked
 * metrics. Without them it compares the stored values with this run's, allowance only.
 *
 * <pre>{@code
 * BaselineCheck check = new BaselineCheck(estimator, spec);
 * List<BaselineResult> rows = check.check("ridge", stored.models.get("ridge"), summaryOfRidge, recordsOfRidge);
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class BaselineCheck {

    private final MetricEstimator estimator;
    private final BenchmarkSpec spec;

    /** A check of {@code spec}'s models against its {@link BenchmarkSpec#baseline}. */
    public BaselineCheck(MetricEstimator estimator, BenchmarkSpec spec) {
        this.estimator = estimator;
        this.spec = spec;
    }

    /** A model's results in stored form: metrics always, per-case results when the baseline keeps them. */
    public static StoredBaseline.Model store(Summary.ModelResult result, List<CaseRecord> records, boolean cases) {
        StoredBaseline.Model m = new StoredBaseline.Model();
        m.task = result.task;
        m.n = result.n;
        m.nOk = result.nOk;
        m.metrics = new LinkedHashMap<>(result.metrics);
        m.cases = cases ? records.stream().map(StoredBaseline.StoredCase::of).toList() : null;
        return m;
    }

    /**
     * Every checked metric of one model, in the stored baseline's metric order.
     *
     * @param model the model's name
     * @param stored its stored results
     * @param current this run's summary of the model
     * @param records this run's records of the model
     */
    public List<BaselineResult> check(String model, StoredBaseline.Model stored, Summary.ModelResult current,
                                      List<CaseRecord> records) {
        BenchmarkSpec.BaselineSpec b = spec.baseline;
        List<String> metrics = b.metrics().isEmpty() ? stored.metrics.keySet().stream().filter(BaselineCheck::checkedByDefault)
                .toList() : b.metrics();
        Map<String, ComparisonResult> paired = b.cases() && stored.cases != null ? paired(model, stored, records)
                : Map.of();
        // Holm over the metrics this node judges, not over every metric the comparer could test.
        List<String> tested = metrics.stream().filter(paired::containsKey).toList();
        double[] adjusted = Holm.adjust(tested.stream().mapToDouble(m -> nanIfNull(paired.get(m).pValue())).toArray());
        List<BaselineResult> out = new ArrayList<>();
        for (String metric : metrics) {
            int i = tested.indexOf(metric);
            out.add(i >= 0 ? pairedResult(model, metric, paired.get(metric), adjusted[i])
                    : toleranceResult(model, metric, stored.metrics.get(metric), current.metrics.get(metric)));
        }
        return out;
    }

    /** Latency and throughput depend on the machine, precision/recall per label would only dilute Holm. */
    private static boolean checkedByDefault(String metric) {
        boolean speed = metric.startsWith("latency_") || metric.startsWith("ttft_") || metric.equals("throughput_per_s")
                || metric.equals("tokens_per_s");
        int bracket = metric.indexOf('[');
        return !speed && (bracket < 0 || metric.startsWith("f1["));
    }

    private Map<String, ComparisonResult> paired(String model, StoredBaseline.Model stored, List<CaseRecord> records) {
        String storedName = storedName(model);
        BenchmarkSpec pairSpec = new BenchmarkSpec();
        pairSpec.benchmark = spec.benchmark;
        pairSpec.bins = spec.bins;
        pairSpec.positiveLabel = spec.positiveLabel;
        pairSpec.comparisons.add(new BenchmarkSpec.CompareSpec(storedName, model, spec.baseline.tolerance()));
        Map<String, List<CaseRecord>> byModel = new LinkedHashMap<>();
        byModel.put(storedName, stored.records(spec.benchmark, storedName));
        byModel.put(model, records);
        Map<String, ComparisonResult> out = new LinkedHashMap<>();
        new ModelComparer(estimator, pairSpec).compareAll(byModel).forEach(r -> out.put(r.metric(), r));
        return out;
    }

    private BaselineResult pairedResult(String model, String metric, ComparisonResult c, double pAdjusted) {
        double stored = nanIfNull(c.baselineValue());
        double now = nanIfNull(c.candidateValue());
        double delta = ModelComparer.withoutRounding(now - stored, now, stored);
        double allowed = spec.baseline.allowed(stored);
        boolean higher = higherIsBetter(metric);
        Interval interval = c.ciLow() != null && c.ciHigh() != null
                ? new Interval(c.ciLow(), c.ciHigh(), Interval.BOOTSTRAP_PERCENTILE) : null;
        double alpha = 1 - estimator.settings().confidence();
        Verdict verdict = Double.isNaN(delta) ? Verdict.CANNOT_TELL
                : Verdict.decide(delta, interval, pAdjusted, alpha, higher);
        double drop = higher ? -delta : delta;
        boolean regressed = verdict == Verdict.WORSE && drop > allowed;
        String numbers = numbers(metric, stored, now, delta, c.ciLow(), c.ciHigh(), "\u0394")
                + ", " + c.test() + " p=" + Fmt.num(c.pValue()) + ", Holm p=" + Fmt.num(pAdjusted) + ", n=" + c.nPairs()
                + ", allowed drop " + Fmt.num(allowed) + ")";
        String why = regressed ? "regressed"
                : verdict == Verdict.WORSE ? "is worse, but within the allowed drop"
                : drop > allowed ? "is lower, but not significantly (the paired test cannot tell it from chance)"
                : "holds";
        return new BaselineResult(model, spec.baseline.file(), metric, Summary.Estimate.finite(stored),
                Summary.Estimate.finite(now), Summary.Estimate.finite(delta), c.ciLow(), c.ciHigh(), "delta", c.test(),
                c.pValue(), Summary.Estimate.finite(pAdjusted), allowed, regressed, metric + " " + why + ": " + numbers);
    }

    private BaselineResult toleranceResult(String model, String metric, Summary.Estimate stored, Summary.Estimate now) {
        if (stored == null || stored.value() == null || now == null || now.value() == null) {
            boolean missingNow = stored != null && stored.value() != null;
            return new BaselineResult(model, spec.baseline.file(), metric, stored == null ? null : stored.value(),
                    now == null ? null : now.value(), null, null, null, "value", "tolerance", null, null, 0.0,
                    missingNow, metric + (missingNow ? " regressed: the stored run had " + Fmt.num(stored.value())
                    + ", this run could not compute it" : " was not in the stored baseline; rewrite it with "
                    + "assay.baseline.update=true to start checking it"));
        }
        // Without the rounding of a sum in another order: with no tolerance, 1e-16 worse would "regress".
        double delta = ModelComparer.withoutRounding(now.value() - stored.value(), now.value(), stored.value());
        double allowed = spec.baseline.allowed(stored.value());
        double drop = higherIsBetter(metric) ? -delta : delta;
        boolean regressed = drop > allowed;
        return new BaselineResult(model, spec.baseline.file(), metric, stored.value(), now.value(), delta, now.ciLow(),
                now.ciHigh(), "value", "tolerance", null, null, allowed, regressed,
                metric + (regressed ? " regressed: " : " holds: ")
                        + numbers(metric, stored.value(), now.value(), delta, now.ciLow(), now.ciHigh(), "new value")
                        + ", allowed drop " + Fmt.num(allowed) + "; no per-case results stored, so no paired test)");
    }

    private String numbers(String metric, double stored, double now, double delta, Double low, Double high,
                           String intervalOf) {
        String ci = low == null || high == null ? "" : ", " + Math.round(estimator.settings().confidence() * 100) + "% CI of "
                + intervalOf + " " + Fmt.range(low, high);
        return Fmt.num(now) + " now vs " + Fmt.num(stored) + " stored (\u0394 " + (delta > 0 ? "+" : "") + Fmt.num(delta)
                + ci;
    }

    private boolean higherIsBetter(String metric) {
        return spec.direction(metric) == Direction.HIGHER_IS_BETTER;
    }

    /** The name the stored cases go by when paired with the model's. */
    static String storedName(String model) {
        return "stored " + model;
    }

    private static double nanIfNull(Double v) {
        return v == null ? Double.NaN : v;
    }
}
