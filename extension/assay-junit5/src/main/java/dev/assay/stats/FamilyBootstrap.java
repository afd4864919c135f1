package dev.assay.stats;

import dev.assay.metrics.MetricFamily;

/**
 * One bootstrap of every member of a {@link MetricFamily}: resample {@code b} is drawn once, the
 * family computes all its members on it, and each member's interval is then read off its own
 * replicates exactly as {@link Bootstrap} does for a single metric. BCa's jackknife is likewise one
 * pass for all members, run only when a member needs it.
 *
 * <p>The replicates of all members are held at once, up to {@link #MAX_REPLICATES}; a larger family
 * is resampled in several passes over slices of its members (the same rows each pass), so memory
 * stays bounded whatever the number of labels.
 */
final class FamilyBootstrap {

    /** Replicates held at once (32 MiB of doubles): 10,000 members at 1,000 resamples in three passes. */
    static final int MAX_REPLICATES = 1 << 22;
    /** Resamples whose values are stored together (see {@link #replicates(int, int)}). */
    private static final int BLOCK = 32;

    private final MetricFamily family;
    private final int n;
    private final int m;
    private final long seed;
    private final int resamples;
    private final int threads;
    private final int maxReplicates;

    FamilyBootstrap(MetricFamily family, int n, int m, long seed, int resamples, int threads) {
        this(family, n, m, seed, resamples, threads, MAX_REPLICATES);
    }

    /** With another bound on the replicates held at once, so tests can make a small family take several passes. */
    FamilyBootstrap(MetricFamily family, int n, int m, long seed, int resamples, int threads, int maxReplicates) {
        this.family = family;
        this.n = n;
        this.m = m;
        this.seed = seed;
        this.resamples = resamples;
        this.threads = threads;
        this.maxReplicates = maxReplicates;
    }

    BootstrapResult[] estimate(Bootstrap bootstrap, Bootstrap.Method method) {
        int size = family.size();
        double[] values = new double[size];
        family.computeAll(IndexSampler.identity(n), values);
        BootstrapResult[] out = new BootstrapResult[size];
        int perPass = Math.max(1, maxReplicates / resamples);
        for (int from = 0; from < size; from += perPass) {
            pass(bootstrap, method, values, out, from, Math.min(size, from + perPass));
        }
        return out;
    }

    /**
     * Resamples members {@code from .. to-1} and puts their results in {@code out}. Reading the
     * intervals off (a sort per member) is spread over the threads too: with thousands of labels it
     * costs as much as the resampling.
     */
    private void pass(Bootstrap bootstrap, Bootstrap.Method method, double[] values, BootstrapResult[] out, int from,
                      int to) {
        double[][] replicates = replicates(from, to);
        Accelerations accelerations = new Accelerations(from, to);
        ParallelEvaluator.evaluate(to - from, threads, (i, workspace) -> {
            int member = from + i;
            out[member] = m < n ? bootstrap.mOutOfN(values[member], replicates[i], m, n)
                    : bootstrap.fromReplicates(values[member], replicates[i], method, () -> accelerations.of(i));
            replicates[i] = null; // read; let it go while the other members are read
            return 0.0;
        });
    }

    /**
     * Replicates of members {@code from .. to-1}, one row per member. Resamples are drawn in blocks
     * of {@link #BLOCK}, and each member's values of a block are written together: one resample's
     * values go to as many rows as there are members, and writing them one resample at a time
     * missed the cache (and the TLB) once per member.
     */
    private double[][] replicates(int from, int to) {
        int size = family.size();
        double[][] replicates = new double[to - from][resamples];
        ParallelEvaluator.evaluate((resamples + BLOCK - 1) / BLOCK, threads, (block, workspace) -> {
            int first = block * BLOCK;
            int count = Math.min(BLOCK, resamples - first);
            int[] rows = workspace.rows(m);
            double[] values = workspace.values(size);
            double[] blockValues = workspace.block(count * size);
            for (int j = 0; j < count; j++) {
                IndexSampler.fill(rows, n, IndexSampler.random(seed, first + j));
                family.computeAll(rows, values);
                System.arraycopy(values, 0, blockValues, j * size, size);
            }
            for (int member = from; member < to; member++) {
                double[] row = replicates[member - from];
                for (int j = 0; j < count; j++) {
                    row[first + j] = blockValues[j * size + member];
                }
            }
            return 0.0;
        });
        return replicates;
    }

    /** The jackknife accelerations of one pass's members, run once, by whichever member first needs them. */
    private final class Accelerations {

        private final int from;
        private final int to;
        private double[] values;

        Accelerations(int from, int to) {
            this.from = from;
            this.to = to;
        }

        synchronized double of(int i) {
            if (values == null) {
                values = Jackknife.accelerations(family, n, seed, threads, from, to);
            }
            return values[i];
        }
    }
}
