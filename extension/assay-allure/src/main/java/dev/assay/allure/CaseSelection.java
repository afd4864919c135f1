package dev.assay.allure;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;

/**
 * {@code CaseSelection} decides which case nodes get an Allure result ({@code assay.allure.cases}).
 * The journal always keeps every case; this only bounds how many files a large benchmark leaves in
 * {@code allure-results/}.
 *
 * <ul>
 *   <li>{@code all}: every case.</li>
 *   <li>{@code failed}: cases whose node did not pass or whose status is not {@code ok}.</li>
 *   <li>{@code sample:N}: a seeded sample of N cases per model (the same cases on every run).</li>
 *   <li>{@code none}: no per-case results; summaries, comparisons and the leaderboard still appear.</li>
 *   <li>{@code auto} (default): every case up to {@value #AUTO_LIMIT} per model; beyond that, a
 *       sample of {@value #AUTO_LIMIT} plus up to {@value #AUTO_LIMIT} failed cases.</li>
 * </ul>
 */
@API(status = INTERNAL, since = "0.1")
public final class CaseSelection {

    /** Records per model that {@code auto} shows in full, and the sample size beyond them. */
    static final int AUTO_LIMIT = 1000;

    enum Mode { ALL, FAILED, SAMPLE, NONE, AUTO }

    private final Mode mode;
    private final int n;
    private final Map<String, BitSet> samples = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failedShown = new ConcurrentHashMap<>();

    private CaseSelection(Mode mode, int n) {
        this.mode = mode;
        this.n = n;
    }

    static CaseSelection auto() {
        return new CaseSelection(Mode.AUTO, AUTO_LIMIT);
    }

    /** Parses {@code all}, {@code failed}, {@code none}, {@code auto} or {@code sample:N}. */
    static CaseSelection parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("sample:")) {
            int n = Integer.parseInt(v.substring("sample:".length()).trim());
            if (n < 0) {
                throw new IllegalArgumentException("sample size must not be negative");
            }
            return new CaseSelection(Mode.SAMPLE, n);
        }
        return new CaseSelection(Mode.valueOf(v.toUpperCase(Locale.ROOT)), AUTO_LIMIT);
    }

    /** Whether no case ever gets a result (the benchmark's "off" switch). */
    boolean none() {
        return mode == Mode.NONE;
    }

    /**
     * Whether the case at {@code index} of a model's {@code total} records gets an Allure result.
     *
     * @param key the benchmark and model, so each model has its own sample
     * @param failed whether the node did not pass or the record's status is not ok
     * @param seed the run's seed, so the sample is the same on every run
     */
    boolean keep(String key, int index, int total, boolean failed, long seed) {
        return switch (mode) {
            case ALL -> true;
            case NONE -> false;
            case FAILED -> failed;
            case SAMPLE -> sampled(key, index, total, seed);
            case AUTO -> total <= n || sampled(key, index, total, seed)
                    || failed && failedShown.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() <= n;
        };
    }

    private boolean sampled(String key, int index, int total, long seed) {
        if (n >= total) {
            return true;
        }
        return samples.computeIfAbsent(key, k -> sample(total, n, seed ^ k.hashCode())).get(index);
    }

    /** A uniform sample of {@code k} of {@code total} indices (Floyd's algorithm: k draws, no shuffle of all). */
    static BitSet sample(int total, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        BitSet chosen = new BitSet(total);
        for (int j = total - k; j < total; j++) {
            int t = random.nextInt(j + 1);
            chosen.set(chosen.get(t) ? j : t);
        }
        return chosen;
    }

    @Override
    public String toString() {
        return mode == Mode.SAMPLE ? "sample:" + n : mode.name().toLowerCase(Locale.ROOT);
    }
}
