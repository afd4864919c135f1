package dev.assay.scenario;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.apiguardian.api.API;

/**
 * {@code ArrivalSchedule} is when each query of a server scenario is due: a Poisson process of a
 * target rate, i.e. exponentially distributed gaps between arrivals, as LoadGen's
 * {@code ScheduleDistribution<TestScenario::Server>} draws them, the first query one gap after the
 * start. The same seed gives the same schedule in every run and JVM.
 */
@API(status = INTERNAL, since = "0.1")
public final class ArrivalSchedule {

    private final double qps;
    private final long seed;
    private final long[] offsetsNanos;

    private ArrivalSchedule(double qps, long seed, long[] offsetsNanos) {
        this.qps = qps;
        this.seed = seed;
        this.offsetsNanos = offsetsNanos;
    }

    /**
     * The schedule of {@code queries} arrivals at a mean of {@code qps} per second.
     *
     * @throws IllegalArgumentException when the rate is not positive or there are no queries
     */
    public static ArrivalSchedule poisson(double qps, int queries, long seed) {
        if (!(qps > 0) || Double.isInfinite(qps) || queries < 1) {
            throw new IllegalArgumentException("a schedule needs a positive rate and at least one query, not [" + qps
                    + "/s, " + queries + "]");
        }
        SplittableRandom random = new SplittableRandom(seed);
        long[] offsets = new long[queries];
        double seconds = 0;
        for (int i = 0; i < queries; i++) {
            // Inverse CDF of the exponential distribution; 1 - u keeps the logarithm's argument above 0.
            seconds += -Math.log(1 - random.nextDouble()) / qps;
            offsets[i] = Math.round(seconds * 1e9);
        }
        return new ArrivalSchedule(qps, seed, offsets);
    }

    /**
     * The seed of a model's schedule: the run's {@code assay.seed} mixed with the benchmark's and the
     * model's names, so two models of one run get different (but reproducible) arrivals.
     */
    public static long seed(long runSeed, String benchmark, String model) {
        // FNV-1a 64: a fixed hash, so a name gives the same seed in every JVM and release.
        long hash = 0xcbf29ce484222325L;
        for (byte b : (benchmark + "\u0000" + model).getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return mix(runSeed ^ hash);
    }

    /** A seed derived from {@code seed} for its {@code n}-th use (a probe of a rate search). */
    public static long derive(long seed, int n) {
        return mix(seed + 0x9e3779b97f4a7c15L * (n + 1));
    }

    /** Stafford's mix13, the finaliser of SplittableRandom: nearby inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The target rate, queries per second. */
    public double qps() {
        return qps;
    }

    /** The seed the arrivals were drawn from. */
    public long seed() {
        return seed;
    }

    /** How many queries the schedule holds. */
    public int size() {
        return offsetsNanos.length;
    }

    /** When query {@code i} is due, in ns after the start. */
    public long offsetNanos(int i) {
        return offsetsNanos[i];
    }

    /**
     * The schedule's own rate, as LoadGen's "scheduled samples per second": {@code (n - 1)} over the
     * last query's due time (the last arrival closes the interval); null for a single query.
     */
    public Double scheduledQps() {
        int n = offsetsNanos.length;
        return n < 2 ? null : (n - 1) / (offsetsNanos[n - 1] / 1e9);
    }
}
