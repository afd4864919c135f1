package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.api.Task;
import dev.assay.data.StratifiedKFold;
import dev.assay.metrics.MetricRange;
import dev.assay.metrics.SampleMetric;
import dev.assay.stats.CorrectedResampledTTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.math3.distribution.TDistribution;
import org.apiguardian.api.API;

/**
 * {@code CrossValidation} is used to score a model the benchmark trains itself by stratified k-fold
 * cross-validation: train on k−1 folds, predict the held-out fold, compute every metric of the task
 * on each fold, and report each metric's mean across folds with a Student-t interval
 * ({@code mean ± t(k−1) · sd / sqrt(k)}).
 *
 * <pre>{@code
 * CrossValidation.Result cv = CrossValidation.run(StratifiedKFold.of(5, 42), Task.REGRESSION,
 *         cases, c -> bin(c.expected()),                       // strata
 *         train -> { Ridge m = Ridge.fit(train); return c -> m.predict(c); },
 *         c -> c.expected());
 * cv.metrics().get("mae");   // {"per_fold": [...], "mean": 7.9, "ci_low": 6.8, "ci_high": 9.0}
 * }</pre>
 *
 * <p>The interval treats fold scores as independent, which they are not quite (training sets
 * overlap), so it is somewhat narrow; it says how much the score moves with the split, not a
 * guarantee on unseen data. It is cut to the metric's range ({@link MetricRange}): a symmetric
 * interval around an MSE near 0 or an R² near 1 would otherwise claim impossible values. Metrics
 * the task computes on one fold's cases are the same functions the summary uses (scikit-learn
 * definitions).
 *
 * <p>{@link #compare} compares two models trained on the same folds with the corrected resampled
 * t-test of Nadeau &amp; Bengio ({@link CorrectedResampledTTest}), which allows for the overlap.
 */
@API(status = INTERNAL, since = "0.1")
public final class CrossValidation {

    private CrossValidation() {
    }

    /** Trains a model on some items and returns it as a prediction function. */
    @FunctionalInterface
    public interface Trainer<T> {
        /** A model fitted on {@code train}. */
        Function<T, Object> fit(List<T> train);
    }

    /**
     * Runs the cross-validation.
     *
     * @param folds the splitter (k and seed)
     * @param task the task whose metrics are computed (classification, multilabel, regression)
     * @param items the cases
     * @param stratum each case's stratum: its label, or a bin of its target
     * @param trainer fits a model on a fold's training cases
     * @param expected each case's expected value
     * @param confidence the interval's level, e.g. 0.95
     */
    public static <T> Result run(StratifiedKFold folds, Task task, List<T> items, Function<? super T, String> stratum,
                                 Trainer<T> trainer, Function<? super T, Object> expected, double confidence) {
        List<StratifiedKFold.Fold<T>> split = folds.split(items, stratum);
        List<Integer> sizes = new ArrayList<>();
        Map<String, double[]> perFold = perFold(split, task, trainer, expected, sizes);
        Map<String, FoldEstimate> out = new LinkedHashMap<>();
        perFold.forEach((metric, values) -> out.put(metric, FoldEstimate.of(values, confidence, MetricRange.of(metric))));
        return new Result(split.size(), sizes, out);
    }

    /**
     * Compares two models trained and tested on the same folds: per metric, the corrected resampled
     * t-test (Nadeau &amp; Bengio 2003) on the folds' differences {@code candidate − baseline}, each fold
     * holding out {@code 1/k} of the cases. Metrics undefined in some fold are left out.
     *
     * @return per metric, the test's outcome (mean difference, t, p-value, corrected interval)
     */
    public static <T> Map<String, CorrectedResampledTTest.Result> compare(StratifiedKFold folds, Task task,
            List<T> items, Function<? super T, String> stratum, Trainer<T> baseline, Trainer<T> candidate,
            Function<? super T, Object> expected, double confidence) {
        List<StratifiedKFold.Fold<T>> split = folds.split(items, stratum);
        List<Integer> sizes = new ArrayList<>();
        Map<String, double[]> base = perFold(split, task, baseline, expected, sizes);
        Map<String, double[]> cand = perFold(split, task, candidate, expected, new ArrayList<>());
        Map<String, CorrectedResampledTTest.Result> out = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : cand.entrySet()) {
            double[] b = base.get(e.getKey());
            if (b == null || split.size() < 2) {
                continue;
            }
            double[] differences = new double[split.size()];
            boolean defined = true;
            for (int i = 0; i < differences.length; i++) {
                differences[i] = e.getValue()[i] - b[i];
                defined &= Double.isFinite(differences[i]);
            }
            if (defined) {
                out.put(e.getKey(), CorrectedResampledTTest.test(differences, 1.0 / split.size(), confidence));
            }
        }
        return out;
    }

    private static <T> Map<String, double[]> perFold(List<StratifiedKFold.Fold<T>> split, Task task, Trainer<T> trainer,
                                                     Function<? super T, Object> expected, List<Integer> sizes) {
        Map<String, double[]> perFold = new LinkedHashMap<>();
        for (StratifiedKFold.Fold<T> fold : split) {
            Function<T, Object> model = trainer.fit(fold.train());
            List<CaseRecord> records = new ArrayList<>();
            for (T item : fold.test()) {
                records.add(new CaseRecord("cv", "cv", "cv", String.valueOf(records.size()), 0, task.wireName(),
                        CaseRecord.OK, expected.apply(item), model.apply(item), null, null, null, null, null, null,
                        null, Map.of(), Map.of()));
            }
            sizes.add(records.size());
            Map<String, SampleMetric> metrics = new ModelScorer(records, task, null, null).quality();
            int[] all = ModelScorer.identity(records.size());
            for (Map.Entry<String, SampleMetric> e : metrics.entrySet()) {
                perFold.computeIfAbsent(e.getKey(), m -> filledNaN(split.size()))[fold.index()] = e.getValue().compute(all);
            }
        }
        return perFold;
    }

    private static double[] filledNaN(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    /**
     * A cross-validation's outcome.
     *
     * @param k the number of folds
     * @param foldSizes cases held out in each fold
     * @param metrics each metric across folds
     */
    public record Result(int k, List<Integer> foldSizes, Map<String, FoldEstimate> metrics) {

        /** {@code mae 7.9 ± 1.1 (CI [6.8, 9.0], 5 folds)} per metric, one line each. */
        public String describe() {
            StringBuilder out = new StringBuilder();
            metrics.forEach((name, e) -> out.append(name).append(' ').append(Fmt.num(e.mean())).append(" \u00b1 ")
                    .append(Fmt.num(e.stdError())).append(" (CI ").append(Fmt.range(e.ciLow(), e.ciHigh())).append(", ")
                    .append(k).append(" folds)\n"));
            return out.toString();
        }
    }

    /**
     * One metric across folds (folds where it is undefined left out).
     *
     * @param perFold the metric in each fold (NaN where undefined)
     * @param mean the mean over folds
     * @param stdError the sample standard deviation over folds / sqrt(folds)
     * @param ciLow {@code mean − t · stdError}, no lower than the metric's smallest value
     * @param ciHigh {@code mean + t · stdError}, no higher than the metric's largest value
     */
    public record FoldEstimate(double[] perFold, double mean, double stdError, double ciLow, double ciHigh) {

        static FoldEstimate of(double[] values, double confidence, MetricRange range) {
            double[] finite = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
            int n = finite.length;
            if (n == 0) {
                return new FoldEstimate(values, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            double mean = java.util.Arrays.stream(finite).sum() / n;
            if (n < 2) {
                return new FoldEstimate(values, mean, Double.NaN, Double.NaN, Double.NaN);
            }
            double ss = 0;
            for (double v : finite) {
                ss += (v - mean) * (v - mean);
            }
            double se = Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
            double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + confidence / 2);
            return new FoldEstimate(values, mean, se, range.clamp(mean - t * se), range.clamp(mean + t * se));
        }
    }
}
