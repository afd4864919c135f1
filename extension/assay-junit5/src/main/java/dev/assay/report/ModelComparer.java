package dev.assay.report;

import dev.assay.api.Task;
import dev.assay.metrics.Direction;
import dev.assay.metrics.MetricCatalog;
import dev.assay.metrics.SampleMetric;
import dev.assay.metrics.ranking.PerQueryMean;
import dev.assay.stats.BootstrapResult;
import dev.assay.stats.Correction;
import dev.assay.stats.EffectSize;
import dev.assay.stats.Interval;
import dev.assay.stats.McNemar;
import dev.assay.stats.PairedTTest;
import dev.assay.stats.Power;
import dev.assay.stats.Verdict;
import dev.assay.stats.WilcoxonSignedRank;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.ToDoubleFunction;

/**
 * {@code ModelComparer} compares the models a benchmark's {@code @Compare}s name, case by case.
 *
 * <p>Pairs are the (case, round) pairs both models ran. Quality metrics are compared over the pairs
 * where both are {@code ok}; pairs where either failed are counted in {@code n_excluded} and show
 * in the {@code success_rate} comparison, which is over all pairs. Each metric gets a paired
 * bootstrap interval for the difference and a test: McNemar's exact test for accuracy-like
 * metrics, Wilcoxon signed-rank on per-case absolute errors for {@code mae} and {@code mape}, a
 * paired t-test on squared errors for {@code mse}/{@code rmse}; for ranking metrics, McNemar's exact
 * test on per-query hits for {@code hit_rate@K} and a paired t-test on the per-query values for the
 * others (recall, precision, nDCG, reciprocal rank, average precision: the test Smucker, Allan and
 * Carterette (CIKM 2007) and Urbano et al. (SIGIR 2019) found to agree with randomisation tests on IR
 * metrics, where Wilcoxon's does not); and the paired bootstrap's own
 * p-value for everything else (F1, AUC, correlations, per-label F1). All p-values of a benchmark
 * are adjusted together by the benchmark's {@link Correction} (Holm unless configured); the verdict
 * follows the adjusted p-value and the metric's better direction, or the declared tolerance for
 * equivalence ({@link Verdict}). Every row carries a named effect size ({@link EffectSize}).
 */
final class ModelComparer {

    private static final org.apache.commons.math3.distribution.NormalDistribution NORMAL =
            new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);

    private final MetricEstimator estimator;
    private final BenchmarkSpec spec;
    private final double alpha;
    private final Correction correction;

    ModelComparer(MetricEstimator estimator, BenchmarkSpec spec) {
        this.estimator = estimator;
        this.spec = spec;
        this.alpha = 1.0 - estimator.settings().confidence();
        this.correction = Correction.parse(spec.correction);
    }

    List<ComparisonResult> compareAll(Map<String, List<CaseRecord>> byModel) {
        List<Raw> raws = new ArrayList<>();
        for (BenchmarkSpec.CompareSpec c : spec.comparisons) {
            List<CaseRecord> base = byModel.get(c.baseline());
            List<CaseRecord> cand = byModel.get(c.candidate());
            if (base != null && cand != null) {
                raws.addAll(compare(c, CaseOrder.sorted(base), CaseOrder.sorted(cand)));
            }
        }
        double[] p = raws.stream().mapToDouble(r -> r.pValue).toArray();
        double[] adjusted = correction.adjust(p);
        List<ComparisonResult> out = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            out.add(raws.get(i).finish(adjusted[i]));
        }
        return out;
    }

    private List<Raw> compare(BenchmarkSpec.CompareSpec c, List<CaseRecord> baseRecords, List<CaseRecord> candRecords) {
        Map<String, CaseRecord> candByKey = new LinkedHashMap<>();
        candRecords.forEach(r -> candByKey.put(key(r), r));
        List<CaseRecord> base = new ArrayList<>();
        List<CaseRecord> cand = new ArrayList<>();
        List<boolean[]> success = new ArrayList<>();
        int paired = 0;
        for (CaseRecord b : baseRecords) {
            CaseRecord k = candByKey.get(key(b));
            if (k == null) {
                continue;
            }
            paired++;
            success.add(new boolean[] {b.ok(), k.ok()});
            if (b.ok() && k.ok()) {
                base.add(b);
                cand.add(k);
            }
        }
        int unpaired = baseRecords.size() + candRecords.size() - 2 * paired;
        int excluded = paired - base.size() + unpaired;
        List<Raw> raws = new ArrayList<>();
        raws.add(mcnemar(c, "success_rate", success.size(), i -> success.get(i)[0], i -> success.get(i)[1],
                rows -> share(rows, i -> success.get(i)[0]), rows -> share(rows, i -> success.get(i)[1]), paired,
                unpaired));
        if (base.isEmpty()) {
            return raws;
        }
        Task task = Task.fromWireName(baseRecords.get(0).task());
        Map<String, SampleMetric> bm = new ModelScorer(base, task, spec).quality();
        Map<String, SampleMetric> cm = new ModelScorer(cand, task, spec).quality();
        for (String metric : bm.keySet()) {
            if (!cm.containsKey(metric) || !compared(metric)) {
                continue;
            }
            raws.add(compareMetric(c, metric, bm.get(metric), cm.get(metric), base, cand, excluded));
        }
        return raws;
    }

    /** Per-class precision and recall are left out (f1 per class stays): they would only dilute the correction. */
    private static boolean compared(String metric) {
        int bracket = metric.indexOf('[');
        return bracket < 0 || metric.startsWith("f1[") || MetricCatalog.isScoreMetric(metric);
    }

    private Raw compareMetric(BenchmarkSpec.CompareSpec c, String metric, SampleMetric b, SampleMetric k,
                              List<CaseRecord> base, List<CaseRecord> cand, int excluded) {
        int n = base.size();
        if (b instanceof PerQueryMean baseQueries && k instanceof PerQueryMean candQueries) {
            double[] x = baseQueries.perQuery();
            double[] y = candQueries.perQuery();
            return baseQueries.binary()
                    ? mcnemar(c, metric, n, i -> x[i] == 1, i -> y[i] == 1, b, k, n, excluded)
                    : tTest(c, metric, b, k, x, y, excluded);
        }
        switch (metric) {
            case "accuracy", "subset_accuracy" -> {
                return mcnemar(c, metric, n, i -> CaseValues.correct(base.get(i)), i -> CaseValues.correct(cand.get(i)),
                        b, k, n, excluded);
            }
            case "exact_match" -> {
                // Exact match is SQuAD's, on normalised text: the same rule decides each pair's concordance.
                return mcnemar(c, metric, n, i -> exact(base.get(i)), i -> exact(cand.get(i)), b, k, n, excluded);
            }
            case "category_accuracy" -> {
                BiPredicate<CaseRecord, Integer> right = (r, i) -> spec.bins.labelOf(((Number) r.expected()).doubleValue())
                        .equals(spec.bins.labelOf(((Number) r.predicted()).doubleValue()));
                return mcnemar(c, metric, n, i -> right.test(base.get(i), i), i -> right.test(cand.get(i), i), b, k, n,
                        excluded);
            }
            case "mae" -> {
                return rankTest(c, metric, b, k, base, cand, r -> Math.abs(err(r)), excluded);
            }
            case "mape" -> {
                return rankTest(c, metric, b, k, base, cand,
                        r -> Math.abs(err(r)) / Math.max(Math.abs(num(r.expected())), 2.220446049250313e-16), excluded);
            }
            case "mse", "rmse" -> {
                return tTest(c, metric, b, k, base, cand, r -> err(r) * err(r), excluded);
            }
            default -> {
                BootstrapResult diff = difference(c, metric, b, k, n);
                return new Raw(c, metric, b, k, n, excluded, diff, "paired_bootstrap", diff.zeroPValue(),
                        null, null, null, bootstrapMde(diff));
            }
        }
    }

    private Raw mcnemar(BenchmarkSpec.CompareSpec c, String metric, int n, java.util.function.IntPredicate baseRight,
                        java.util.function.IntPredicate candRight, SampleMetric b, SampleMetric k, int nPairs,
                        int excluded) {
        int onlyBase = 0;
        int onlyCand = 0;
        for (int i = 0; i < n; i++) {
            boolean x = baseRight.test(i);
            boolean y = candRight.test(i);
            onlyBase += x && !y ? 1 : 0;
            onlyCand += y && !x ? 1 : 0;
        }
        BootstrapResult diff = difference(c, metric, b, k, n);
        McNemar.Result test = McNemar.exact(onlyBase, onlyCand);
        double discordant = n == 0 ? 0 : (double) (onlyBase + onlyCand) / n;
        double mde = n == 0 ? Double.NaN : Power.mcNemarMde(n, Math.max(discordant, 1.0 / n), alpha);
        return new Raw(c, metric, b, k, nPairs, excluded, diff, "mcnemar_exact",
                onlyBase + onlyCand == 0 ? 1.0 : test.pValue(),
                EffectSize.discordantOddsRatio(onlyBase, onlyCand, estimator.settings().confidence()), onlyBase,
                onlyCand, mde);
    }

    private Raw rankTest(BenchmarkSpec.CompareSpec c, String metric, SampleMetric b, SampleMetric k,
                         List<CaseRecord> base, List<CaseRecord> cand, ToDoubleFunction<CaseRecord> loss, int excluded) {
        double[] x = base.stream().mapToDouble(loss).toArray();
        double[] y = cand.stream().mapToDouble(loss).toArray();
        WilcoxonSignedRank.Result test = WilcoxonSignedRank.test(y, x);
        BootstrapResult diff = difference(c, metric, b, k, x.length);
        return new Raw(c, metric, b, k, x.length, excluded, diff, "wilcoxon", test.pValue(),
                EffectSize.of(EffectSize.RANK_BISERIAL, test.rankBiserial()), null, null, tMde(x, y));
    }

    private Raw tTest(BenchmarkSpec.CompareSpec c, String metric, SampleMetric b, SampleMetric k,
                      List<CaseRecord> base, List<CaseRecord> cand, ToDoubleFunction<CaseRecord> loss, int excluded) {
        return tTest(c, metric, b, k, base.stream().mapToDouble(loss).toArray(),
                cand.stream().mapToDouble(loss).toArray(), excluded);
    }

    /** A paired t-test on per-case values {@code x} (baseline) and {@code y} (candidate). */
    private Raw tTest(BenchmarkSpec.CompareSpec c, String metric, SampleMetric b, SampleMetric k, double[] x,
                      double[] y, int excluded) {
        BootstrapResult diff = difference(c, metric, b, k, x.length);
        double p = Double.NaN;
        EffectSize effect = EffectSize.of(EffectSize.COHENS_DZ, Double.NaN);
        if (x.length >= 2) {
            PairedTTest.Result test = PairedTTest.test(y, x, estimator.settings().confidence());
            p = test.pValue();
            effect = EffectSize.of(EffectSize.COHENS_DZ, test.cohensDz());
        }
        // rmse is a monotone function of mse: the test on squared errors decides both.
        double mde = tMde(x, y);
        return new Raw(c, metric, b, k, x.length, excluded, diff, "paired_t", p, effect, null, null,
                metric.equals("rmse") ? Double.NaN : mde);
    }

    private BootstrapResult difference(BenchmarkSpec.CompareSpec c, String metric, SampleMetric b, SampleMetric k, int n) {
        String seedKey = spec.benchmark + "/" + c.baseline() + "/" + c.candidate() + "/" + metric;
        if (n < 2 || estimator.settings().resamples() == 0) {
            int[] rows = ModelScorer.identity(n);
            double d = k.compute(rows) - b.compute(rows);
            return new BootstrapResult(new dev.assay.stats.Estimate(d,
                    new dev.assay.stats.Interval(Double.NaN, Double.NaN, "none")), 0, 0);
        }
        return estimator.bootstrap(seedKey).difference(k, b, n, MetricEstimator.method(n),
                estimator.settings().maxBootstrapCases());
    }

    /** The MDE of a paired t-test on the per-case differences (also used for Wilcoxon, as an approximation). */
    private double tMde(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += (y[i] - x[i]) / n;
        }
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = y[i] - x[i] - mean;
            ss += d * d;
        }
        double sd = Math.sqrt(ss / (n - 1));
        return sd == 0 ? Double.NaN : Power.pairedTTestMde(n, sd, alpha);
    }

    /** For bootstrap-tested metrics: (z₁₋α/₂ + z₀.₈) × the bootstrap standard error read off the interval. */
    private double bootstrapMde(BootstrapResult diff) {
        if (!diff.interval().isFinite()) {
            return Double.NaN;
        }
        double zConf = NORMAL.inverseCumulativeProbability(0.5 + estimator.settings().confidence() / 2);
        double se = (diff.interval().high() - diff.interval().low()) / (2 * zConf);
        return (NORMAL.inverseCumulativeProbability(1 - alpha / 2) + NORMAL.inverseCumulativeProbability(0.8)) * se;
    }

    private static String key(CaseRecord r) {
        return r.caseId() + "\u0000" + r.round();
    }

    private static double share(int[] rows, java.util.function.IntPredicate ok) {
        int count = 0;
        for (int r : rows) {
            count += ok.test(r) ? 1 : 0;
        }
        return rows.length == 0 ? Double.NaN : (double) count / rows.length;
    }

    private static boolean exact(CaseRecord r) {
        return dev.assay.metrics.text.TextMetrics.exactMatch(String.valueOf(r.predicted()), String.valueOf(r.expected())) == 1;
    }

    private static double num(Object v) {
        return ((Number) v).doubleValue();
    }

    private static double err(CaseRecord r) {
        return num(r.predicted()) - num(r.expected());
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** A comparison row before the p-values are corrected. */
    private final class Raw {
        final BenchmarkSpec.CompareSpec compare;
        final String metric;
        final double baseValue;
        final double candValue;
        final int nPairs;
        final int excluded;
        final BootstrapResult diff;
        final String test;
        final double pValue;
        final EffectSize effect;
        final Integer onlyBase;
        final Integer onlyCand;
        final double mde;

        Raw(BenchmarkSpec.CompareSpec compare, String metric, SampleMetric b, SampleMetric k, int nPairs, int excluded,
            BootstrapResult diff, String test, double pValue, EffectSize effect, Integer onlyBase, Integer onlyCand,
            double mde) {
            int[] rows = ModelScorer.identity(nPairs);
            this.compare = compare;
            this.metric = metric;
            this.baseValue = b.compute(rows);
            this.candValue = k.compute(rows);
            // Bootstrap-tested metrics have no test statistic to scale by: the change relative to the baseline.
            effect = effect != null ? effect : EffectSize.relativeDifference(candValue - baseValue, baseValue);
            this.nPairs = nPairs;
            this.excluded = excluded;
            this.diff = diff;
            this.test = test;
            this.pValue = pValue;
            this.effect = effect;
            this.onlyBase = onlyBase;
            this.onlyCand = onlyCand;
            this.mde = mde;
        }

        ComparisonResult finish(double pAdjusted) {
            double delta = withoutRounding(candValue - baseValue, candValue, baseValue);
            boolean higherIsBetter = spec.direction(metric) == Direction.HIGHER_IS_BETTER;
            Interval interval = diff.interval().isFinite() ? diff.interval() : null;
            Verdict verdict = Verdict.decide(delta, interval, pAdjusted, alpha, higherIsBetter, compare.tolerance(),
                    nPairs);
            boolean defined = Double.isFinite(effect.value()) && !Double.isNaN(delta);
            String note = new ComparisonNotes(compare, estimator.settings().confidence(), correction).note(metric,
                    baseValue, candValue, delta, interval, test, pValue, pAdjusted, verdict, nPairs, mde);
            return new ComparisonResult(compare.baseline(), compare.candidate(), metric, Summary.Estimate.finite(baseValue),
                    Summary.Estimate.finite(candValue), Summary.Estimate.finite(delta),
                    interval != null ? interval.low() : null, interval != null ? interval.high() : null, test,
                    Summary.Estimate.finite(pValue), Summary.Estimate.finite(pAdjusted),
                    defined ? effect.value() : null, verdict.label(), nPairs, excluded, onlyBase, onlyCand,
                    Summary.Estimate.finite(mde), verdict == Verdict.CANNOT_TELL, note,
                    defined ? effect.kind() : null, defined ? finiteOrNull(effect.ciLow()) : null,
                    defined ? finiteOrNull(effect.ciHigh()) : null, correction.label(), correction.adjustsIntervals());
        }
    }

    /**
     * A difference of two values that are equal but for floating-point rounding is 0. The same metric
     * summed over cases in another order can differ in its last bits (0.8667 against 0.8667 printed as
     * Δ -1.11e-16); below a relative 1e-12, about the rounding error of a sum of 10,000 terms, no
     * difference between two metric values is real.
     */
    static double withoutRounding(double delta, double a, double b) {
        return Math.abs(delta) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b)) ? 0.0 : delta;
    }
}
