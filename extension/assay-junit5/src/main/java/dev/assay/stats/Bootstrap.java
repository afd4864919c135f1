package dev.assay.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.metrics.MetricFamily;
import dev.assay.metrics.SampleMetric;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import org.apiguardian.api.API;

/**
 * {@code Bootstrap} is used to put a confidence interval on any metric, and on the difference of
 * a metric between two models scored on the same cases, by resampling cases with replacement.
 *
 * <pre>{@code
 * Bootstrap bootstrap = Bootstrap.seeded(42).resamples(2_000).confidence(0.95);
 * BootstrapResult f1 = bootstrap.estimate(f1Macro, n, Bootstrap.Method.BCA);
 * BootstrapResult delta = bootstrap.difference(candidateMae, baselineMae, n, Bootstrap.Method.PERCENTILE);
 * }</pre>
 *
 * <p>Results are reproducible: resample {@code b} is drawn by its own generator derived from the
 * seed and {@code b}, so the same seed gives the same interval for any number of threads.
 *
 * <p>Metrics are called from several threads at once and must not modify or keep the row array
 * they are given (it is reused for the next resample). Resamples whose metric is {@code NaN} are
 * left out and counted in {@link BootstrapResult#nanResamples()}; if all are, the interval is NaN.
 *
 * <p>{@link Method#BCA} follows scipy's {@code bootstrap(method='BCa')}. Its acceleration comes
 * from a leave-one-out jackknife up to 2,000 rows and from a grouped jackknife (1,000 seeded
 * random groups, one left out at a time) above, so it stays affordable for large samples. Where
 * BCa is undefined (the full-sample value or a jackknife estimate is NaN, the full-sample
 * value lies outside every resample, or the acceleration is so large the levels cross) the
 * percentile interval is returned and its method says so.
 * This class is immutable and thread-safe.
 */
@API(status = INTERNAL, since = "0.1")
public final class Bootstrap {

    /** How an interval is read off the bootstrap distribution. */
    public enum Method {
        /** The {@code (1 − c)/2} and {@code (1 + c)/2} percentiles. */
        PERCENTILE,
        /** Bias-corrected and accelerated percentiles (Efron 1987). */
        BCA
    }

    /** Resamples unless {@link #resamples(int)} says otherwise. */
    public static final int DEFAULT_RESAMPLES = 1_000;
    /** Confidence level unless {@link #confidence(double)} says otherwise. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    private final long seed;
    private final int resamples;
    private final double confidence;
    private final int threads;

    private Bootstrap(long seed, int resamples, double confidence, int threads) {
        this.seed = seed;
        this.resamples = resamples;
        this.confidence = confidence;
        this.threads = threads;
    }

    /** A bootstrap with the given seed, 1,000 resamples, 95% confidence, one thread per processor. */
    public static Bootstrap seeded(long seed) {
        return new Bootstrap(seed, DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE, Runtime.getRuntime().availableProcessors());
    }

    /** This bootstrap with {@code resamples} resamples (at least 1). */
    public Bootstrap resamples(int resamples) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, e.g. 1000; got [" + resamples + "]");
        }
        return new Bootstrap(seed, resamples, confidence, threads);
    }

    /** This bootstrap at the given confidence level, in (0, 1). */
    public Bootstrap confidence(double confidence) {
        return new Bootstrap(seed, resamples, Checks.confidence(confidence), threads);
    }

    /** This bootstrap on {@code threads} threads (at least 1); the results do not depend on it. */
    public Bootstrap threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1; got [" + threads + "]");
        }
        return new Bootstrap(seed, resamples, confidence, threads);
    }

    /**
     * The metric over rows {@code 0 .. n-1} with its bootstrap interval.
     *
     * @throws IllegalArgumentException when {@code n < 1}
     */
    public BootstrapResult estimate(SampleMetric metric, int n, Method method) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(method, "method");
        if (n < 1) {
            throw new IllegalArgumentException("A bootstrap needs at least one case; got n [" + n + "]");
        }
        double value = metric.compute(IndexSampler.identity(n));
        double[] replicates = ParallelEvaluator.evaluate(resamples, threads, (b, workspace) -> {
            int[] rows = workspace.rows(n);
            IndexSampler.fill(rows, n, IndexSampler.random(seed, b));
            return metric.compute(rows);
        });
        return fromReplicates(value, replicates, method, () -> Jackknife.acceleration(metric, n, seed, threads));
    }

    /**
     * Every member of a family with its interval, each exactly what
     * {@link #estimate(SampleMetric, int, Method, int)} gives for that member alone: the members
     * share this bootstrap's seed, so their resamples are the same rows, and each resample is drawn
     * and counted once for all of them instead of once per member.
     *
     * @return the result of member {@code i} at index {@code i}
     * @throws IllegalArgumentException when {@code n < 1}
     */
    public BootstrapResult[] estimateAll(MetricFamily family, int n, Method method, int maxRows) {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(method, "method");
        if (n < 1) {
            throw new IllegalArgumentException("A bootstrap needs at least one case; got n [" + n + "]");
        }
        return new FamilyBootstrap(family, n, Math.min(n, maxRows), seed, resamples, threads).estimate(this, method);
    }

    /**
     * The result of a full-size bootstrap from its replicates, which it sorts in place; the
     * acceleration is asked for only by BCa.
     */
    BootstrapResult fromReplicates(double value, double[] replicates, Method method, DoubleSupplier acceleration) {
        double[] sorted = Percentiles.sortInPlaceWithoutNaN(replicates);
        int nan = resamples - sorted.length;
        return new BootstrapResult(new Estimate(value, interval(value, sorted, method, acceleration)), resamples, nan,
                BootstrapResult.zeroPValue(sorted));
    }

    /**
     * Like {@link #estimate(SampleMetric, int, Method)}, but above {@code maxRows} cases it draws
     * resamples of {@code m = maxRows} rows (the m-out-of-n bootstrap) and rescales their spread by
     * {@code sqrt(m / n)}, so the cost of an interval stops growing with the dataset. For the
     * smooth, root-n consistent statistics benchmarks report (means, proportions, correlations,
     * F1, AUC) the scaled spread of {@code sqrt(m)(θ*_m − θ̂)} estimates that of
     * {@code sqrt(n)(θ̂ − θ)} (Bickel, Götze &amp; van Zwet 1997); the interval is the basic
     * (reflected) one, {@code [θ̂ − s·(q_hi − θ̂), θ̂ − s·(q_lo − θ̂)]} with {@code s = sqrt(m/n)}.
     */
    public BootstrapResult estimate(SampleMetric metric, int n, Method method, int maxRows) {
        if (n <= maxRows) {
            return estimate(metric, n, method);
        }
        Objects.requireNonNull(metric, "metric");
        int m = maxRows;
        double[] value = new double[1]; // computed by the calling thread while the workers resample
        double[] replicates = ParallelEvaluator.evaluate(resamples, threads, (b, workspace) -> {
            int[] rows = workspace.rows(m);
            IndexSampler.fill(rows, n, IndexSampler.random(seed, b));
            return metric.compute(rows);
        }, () -> value[0] = metric.compute(IndexSampler.identity(n)));
        return mOutOfN(value[0], replicates, m, n);
    }

    /** The basic m-out-of-n interval from replicates of {@code m} rows, which it sorts in place. */
    BootstrapResult mOutOfN(double value, double[] replicates, int m, int n) {
        double[] sorted = Percentiles.sortInPlaceWithoutNaN(replicates);
        int nan = resamples - sorted.length;
        Interval interval;
        double[] reflected = new double[sorted.length];
        double scaleOfSpread = Math.sqrt((double) m / n);
        for (int i = 0; i < sorted.length; i++) {
            reflected[i] = value - scaleOfSpread * (sorted[sorted.length - 1 - i] - value);
        }
        if (sorted.length == 0 || Double.isNaN(value)) {
            interval = new Interval(Double.NaN, Double.NaN, Interval.BOOTSTRAP_M_OUT_OF_N);
        } else {
            double alpha = (1.0 - confidence) / 2.0;
            double scale = Math.sqrt((double) m / n);
            double qLow = Percentiles.quantile(sorted, alpha);
            double qHigh = Percentiles.quantile(sorted, 1.0 - alpha);
            interval = new Interval(value - scale * (qHigh - value), value - scale * (qLow - value),
                    Interval.BOOTSTRAP_M_OUT_OF_N);
        }
        return new BootstrapResult(new Estimate(value, interval), resamples, nan,
                BootstrapResult.zeroPValue(reflected));
    }

    /** {@link #difference(SampleMetric, SampleMetric, int, Method)} with the m-out-of-n cap of {@link #estimate(SampleMetric, int, Method, int)}. */
    public BootstrapResult difference(SampleMetric candidate, SampleMetric baseline, int n, Method method,
                                      int maxRows) {
        return estimate(rows -> candidate.compute(rows) - baseline.compute(rows), n, method, maxRows);
    }

    /**
     * {@code candidate − baseline} over rows {@code 0 .. n-1}, with a paired bootstrap interval:
     * both metrics are computed on the same resampled rows, so the case-to-case correlation
     * between the models narrows the interval as it should. A resample where either metric is
     * {@code NaN} counts as a NaN resample.
     */
    public BootstrapResult difference(SampleMetric candidate, SampleMetric baseline, int n, Method method) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(baseline, "baseline");
        return estimate(rows -> candidate.compute(rows) - baseline.compute(rows), n, method);
    }

    private Interval interval(double value, double[] sorted, Method method, DoubleSupplier acceleration) {
        if (sorted.length == 0) {
            String name = method == Method.BCA ? Interval.BOOTSTRAP_BCA : Interval.BOOTSTRAP_PERCENTILE;
            return new Interval(Double.NaN, Double.NaN, name);
        }
        double alpha = (1.0 - confidence) / 2.0;
        if (method == Method.BCA) {
            double[] levels = bcaLevels(value, sorted, alpha, acceleration);
            if (levels != null) {
                return new Interval(Percentiles.quantile(sorted, levels[0]),
                        Percentiles.quantile(sorted, levels[1]), Interval.BOOTSTRAP_BCA);
            }
        }
        return new Interval(Percentiles.quantile(sorted, alpha),
                Percentiles.quantile(sorted, 1.0 - alpha), Interval.BOOTSTRAP_PERCENTILE);
    }

    /** The BCa percentile levels (scipy's {@code _bca_interval}), or null where BCa is undefined. */
    private double[] bcaLevels(double value, double[] sorted, double alpha, DoubleSupplier acceleration) {
        if (Double.isNaN(value)) {
            return null;
        }
        double z0 = Distributions.normalQuantile(Percentiles.shareBelow(sorted, value));
        if (!Double.isFinite(z0)) {
            return null;
        }
        double a = acceleration.getAsDouble();
        if (!Double.isFinite(a)) {
            return null;
        }
        double zLow = Distributions.normalQuantile(alpha);
        double low = z0 + zLow;
        double high = z0 - zLow;
        double levelLow = Distributions.normalCdf(z0 + low / (1.0 - a * low));
        double levelHigh = Distributions.normalCdf(z0 + high / (1.0 - a * high));
        // An extreme acceleration (|a · z| > 1) folds the levels over; BCa is meaningless there.
        if (Double.isNaN(levelLow) || Double.isNaN(levelHigh) || levelLow > levelHigh) {
            return null;
        }
        return new double[] {levelLow, levelHigh};
    }
}
