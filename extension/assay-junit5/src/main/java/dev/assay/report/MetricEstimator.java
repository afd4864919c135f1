package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.metrics.FamilyMember;
import dev.assay.metrics.MetricFamily;
import dev.assay.metrics.MultinomialMetric;
import dev.assay.metrics.SampleMetric;
import dev.assay.stats.Bootstrap;
import dev.assay.stats.BootstrapResult;
import dev.assay.stats.FisherZ;
import dev.assay.stats.Interval;
import dev.assay.stats.ProfileLikelihood;
import dev.assay.stats.Wilson;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code MetricEstimator} turns a model's bound metrics into estimates: the value of each metric
 * over all its cases with a confidence interval — Wilson for {@code success_rate}, Fisher's z for
 * {@code pearson} (the bootstrap undercovers correlations in small samples), the penalised
 * profile likelihood ({@link ProfileLikelihood}) for the macro averages of a classification below
 * {@link #BCA_MAX_CASES} independent cases (no resample can see a class the sample never got
 * right), a seeded bootstrap over cases for every other metric: bias-corrected and accelerated (BCa) below
 * {@link #BCA_MAX_CASES} cases, percentile from there, m-out-of-n above
 * {@link EstimatorSettings#maxBootstrapCases()} cases, so huge benchmarks stay affordable.
 *
 * <p>Why BCa for small benchmarks: percentile intervals of skewed or bounded statistics (F1 with a
 * rare class, AUC near 1) undercover when there are few cases, and small benchmarks are the common
 * ones. BCa corrects the bias and skewness of the bootstrap distribution with second-order accuracy
 * (Efron 1987). Its acceleration needs a jackknife, n more metric evaluations on n − 1 rows: below
 * 1,000 cases that at most doubles the work of 1,000 resamples; above, the percentile interval's
 * error shrinks like 1/n and the jackknife would dominate the cost, so it is not worth it.
 *
 * <p>Each metric's resampling is seeded from the run's seed and the metric's own name, so the same
 * journal always gives the same intervals, whatever else the run computed. The one exception is a
 * {@link MetricFamily}, metrics computed together from one count of a sample (a classifier's
 * {@code precision[L]}, {@code recall[L]}, {@code f1[L]}): all its members are resampled on the
 * same rows, seeded by the name of the member listed first, so each resample is counted once for
 * every label rather than once per metric. Each member's interval is still a bootstrap interval of
 * that member over resampled cases; sharing the rows only correlates the members' resampling
 * errors, which no single interval's coverage depends on.
 */
@API(status = INTERNAL, since = "0.1")
public final class MetricEstimator {

    /** The one metric whose interval is analytic rather than resampled (see {@link FisherZ}). */
    private static final String PEARSON = "pearson";

    /** Below this many cases intervals are BCa; from it on, percentile. */
    public static final int BCA_MAX_CASES = 1_000;

    /** Multinomial metrics with at most this many cells (20 labels) get profile-likelihood intervals. */
    static final int MAX_PROFILE_CELLS = 400;

    private final EstimatorSettings settings;

    /** An estimator with the given confidence, resamples and seed. */
    public MetricEstimator(EstimatorSettings settings) {
        this.settings = settings;
    }

    /** The settings in use. */
    public EstimatorSettings settings() {
        return settings;
    }

    /**
     * Every metric of the scorer: success rate, quality metrics, speed metrics.
     *
     * @param key a stable name of the model ({@code benchmark/model}) that seeds its resampling
     */
    public Map<String, Summary.Estimate> estimate(String key, ModelScorer scorer) {
        Map<String, Summary.Estimate> out = new LinkedHashMap<>();
        int all = scorer.size();
        int ok = scorer.okRecords().size();
        if (all > 0) {
            dev.assay.stats.Estimate rate = Wilson.estimate(ok, all, settings.confidence());
            out.put("success_rate", toEstimate(rate.value(), rate.interval()));
        }
        Map<String, SampleMetric> metrics = new LinkedHashMap<>(scorer.quality());
        // Measured over the calls' span where the records carry it; where the span is too short to
        // measure (under 1 ms) or absent, estimated from latency as before, so the metric never goes missing.
        Summary.Estimate throughput = Throughput.measurable(scorer.records()) && ok > 0
                ? Throughput.estimate(scorer.records(), settings.resamples() == 0 ? Double.NaN : settings.confidence())
                : null;
        metrics.putAll(LatencyMetrics.bind(scorer.okRecords(), throughput == null));
        Map<MetricFamily, Summary.Estimate[]> families = new IdentityHashMap<>();
        int distinct = distinctCases(scorer);
        for (Map.Entry<String, SampleMetric> e : metrics.entrySet()) {
            String seedKey = key + "/" + e.getKey();
            if (e.getValue() instanceof FamilyMember member) {
                out.put(e.getKey(), families.computeIfAbsent(member.family(), f -> estimateAll(seedKey, f, ok))
                        [member.index()]);
            } else {
                // Fisher's n is the number of independent pairs, and the multinomial likelihood's n the
                // number of independent cases: a case run in several rounds is one case.
                int independent = PEARSON.equals(e.getKey()) || e.getValue() instanceof MultinomialMetric
                        ? distinct : ok;
                out.put(e.getKey(), estimate(seedKey, e.getKey(), e.getValue(), ok, independent));
            }
        }
        if (throughput != null) {
            out.put("throughput_per_s", throughput);
        }
        return out;
    }

    private static int distinctCases(ModelScorer scorer) {
        return (int) scorer.okRecords().stream().map(CaseRecord::caseId).distinct().count();
    }

    /**
     * One named metric over rows {@code 0..n-1}, with its interval when resampling is on: Fisher's
     * z interval for {@code pearson}, the profile likelihood for a {@link MultinomialMetric} (below
     * {@link #BCA_MAX_CASES} cases), a bootstrap interval for every other metric.
     */
    public Summary.Estimate estimate(String seedKey, String metricName, SampleMetric metric, int n) {
        return estimate(seedKey, metricName, metric, n, n);
    }

    /** As {@link #estimate(String, String, SampleMetric, int)}, with {@code independent} pairs for Fisher's n. */
    private Summary.Estimate estimate(String seedKey, String metricName, SampleMetric metric, int n, int independent) {
        if (n == 0) {
            return Summary.Estimate.of(Double.NaN);
        }
        if (settings.resamples() == 0 || n < 2) {
            return Summary.Estimate.of(metric.compute(ModelScorer.identity(n)));
        }
        if (PEARSON.equals(metricName)) {
            double r = metric.compute(ModelScorer.identity(n));
            return toEstimate(r, FisherZ.interval(r, independent, settings.confidence()));
        }
        Interval profile = metric instanceof MultinomialMetric cells ? profileInterval(cells, n, independent) : null;
        if (profile != null) {
            return toEstimate(metric.compute(ModelScorer.identity(n)), profile);
        }
        BootstrapResult result = bootstrap(seedKey).estimate(metric, n, method(n), settings.maxBootstrapCases());
        return toEstimate(result.value(), result.interval());
    }

    /**
     * Every member of a family over rows {@code 0..n-1}, with bootstrap intervals when resampling is
     * on, all from one set of resamples seeded by {@code seedKey}.
     *
     * @return member {@code i}'s estimate at index {@code i}
     */
    public Summary.Estimate[] estimateAll(String seedKey, MetricFamily family, int n) {
        Summary.Estimate[] out = new Summary.Estimate[family.size()];
        if (n == 0 || settings.resamples() == 0 || n < 2) {
            double[] values = new double[family.size()];
            family.computeAll(ModelScorer.identity(n), values);
            for (int i = 0; i < out.length; i++) {
                out[i] = Summary.Estimate.of(values[i]);
            }
            return out;
        }
        BootstrapResult[] results = bootstrap(seedKey).estimateAll(family, n, method(n), settings.maxBootstrapCases());
        for (int i = 0; i < out.length; i++) {
            out[i] = toEstimate(results[i].value(), results[i].interval());
        }
        return out;
    }

    /**
     * The profile-likelihood interval of a multinomial metric, or null where it does not apply: it
     * applies below {@link #BCA_MAX_CASES} cases (where BCa would otherwise), when every record is its
     * own case (the likelihood counts independent cases; repeated rounds are resampled as before), when
     * the metric's counts are those of the {@code n} rows estimated, and up to
     * {@link #MAX_PROFILE_CELLS} cells (the optimisation's cost grows with the cells).
     */
    private Interval profileInterval(MultinomialMetric metric, int n, int independent) {
        if (n >= BCA_MAX_CASES || independent != n) {
            return null;
        }
        double[] counts = metric.cellCounts();
        // The counts cover every bound row: only when those are the n rows estimated is the likelihood theirs.
        if (counts.length > MAX_PROFILE_CELLS || Arrays.stream(counts).sum() != n) {
            return null;
        }
        return ProfileLikelihood.interval(counts, ProfileLikelihood.Functional.of(metric::valueAt, metric::gradientAt),
                settings.confidence(), ProfileLikelihood.perks(counts.length));
    }

    /** BCa below {@link #BCA_MAX_CASES} cases, percentile from there. */
    public static Bootstrap.Method method(int n) {
        return n < BCA_MAX_CASES ? Bootstrap.Method.BCA : Bootstrap.Method.PERCENTILE;
    }

    /** A bootstrap seeded for one named quantity. */
    public Bootstrap bootstrap(String seedKey) {
        return Bootstrap.seeded(seedFor(seedKey)).resamples(settings.resamples()).confidence(settings.confidence());
    }

    /** The seed of one named quantity: the run's seed mixed with the name. */
    public long seedFor(String seedKey) {
        return settings.seed() * 0x9E3779B97F4A7C15L + seedKey.hashCode();
    }

    static Summary.Estimate toEstimate(double value, Interval interval) {
        Double v = Summary.Estimate.finite(value);
        if (v == null || interval == null || !interval.isFinite()) {
            return new Summary.Estimate(v, null, null, null);
        }
        return new Summary.Estimate(v, interval.low(), interval.high(), interval.method());
    }
}
