package dev.assay.stats;

import dev.assay.metrics.MetricFamily;
import dev.assay.metrics.SampleMetric;
import java.util.Arrays;

/**
 * The acceleration of a BCa interval, from jackknife estimates of the metric.
 *
 * <p>Up to {@link #EXACT_MAX_ROWS} rows this is the ordinary leave-one-out jackknife, as scipy's
 * {@code bootstrap(method='BCa')} computes it. Above, leaving out each row in turn would cost
 * n metric evaluations over n rows, so the rows are shuffled (seeded) into {@link #GROUPS} groups
 * of near-equal size and one group is left out at a time (the delete-d, or grouped, jackknife).
 * The acceleration is a ratio of the third moment to the 1.5th power of the second moment of the
 * jackknife deviations; each group deviation sums about n/G independent influences, so the
 * ratio estimates the same quantity, and the random grouping keeps any order in the data (sorted
 * by label, say) from biasing it.
 */
final class Jackknife {

    /** Largest sample that gets the exact leave-one-out jackknife. */
    static final int EXACT_MAX_ROWS = 2_000;
    /** Number of left-out groups above that size. */
    static final int GROUPS = 1_000;

    private static final long SHUFFLE_SALT = 0x6A09E667F3BCC909L;

    private Jackknife() {
    }

    /**
     * The BCa acceleration {@code Σ(θ̄ − θᵢ)³ / (6 (Σ(θ̄ − θᵢ)²)^1.5)}; 0 when all jackknife
     * estimates are equal (there is no skewness to correct), NaN when one of them is NaN.
     */
    static double acceleration(SampleMetric metric, int n, long seed, int threads) {
        if (n < 2) {
            return Double.NaN;
        }
        Groups groups = new Groups(n, seed);
        return acceleration(ParallelEvaluator.evaluate(groups.count, threads,
                (g, workspace) -> metric.compute(groups.without(g, workspace))));
    }

    /**
     * The acceleration of members {@code from .. to-1} of a family, each equal to
     * {@link #acceleration(SampleMetric, int, long, int)} of that member alone: the same rows are
     * left out, but each jackknife sample is counted once for all members.
     *
     * @return member {@code from + i}'s acceleration at index {@code i}
     */
    static double[] accelerations(MetricFamily family, int n, long seed, int threads, int from, int to) {
        double[] out = new double[to - from];
        if (n < 2) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        Groups groups = new Groups(n, seed);
        double[][] estimates = new double[to - from][groups.count];
        ParallelEvaluator.evaluate(groups.count, threads, (g, workspace) -> {
            double[] values = workspace.values(family.size());
            family.computeAll(groups.without(g, workspace), values);
            for (int member = from; member < to; member++) {
                estimates[member - from][g] = values[member];
            }
            return 0.0;
        });
        for (int i = 0; i < out.length; i++) {
            out[i] = acceleration(estimates[i]);
        }
        return out;
    }

    private static double acceleration(double[] estimates) {
        double mean = 0.0;
        for (double e : estimates) {
            mean += e;
        }
        mean /= estimates.length;
        if (Double.isNaN(mean)) {
            return Double.NaN;
        }
        double cubes = 0.0;
        double squares = 0.0;
        for (double e : estimates) {
            double deviation = mean - e;
            squares += deviation * deviation;
            cubes += deviation * deviation * deviation;
        }
        return squares == 0.0 ? 0.0 : cubes / (6.0 * Math.pow(squares, 1.5));
    }

    /** Which rows each jackknife sample leaves out: one row each up to {@link #EXACT_MAX_ROWS}, else a seeded group. */
    private static final class Groups {

        private final int n;
        private final int count;
        private final int[] order;

        Groups(int n, long seed) {
            boolean exact = n <= EXACT_MAX_ROWS;
            this.n = n;
            this.count = exact ? n : GROUPS;
            this.order = exact
                    ? IndexSampler.identity(n)
                    : IndexSampler.permutation(n, IndexSampler.random(seed ^ SHUFFLE_SALT, -1));
        }

        /** The rows of jackknife sample {@code g}, in the workspace's array. */
        int[] without(int g, ParallelEvaluator.Workspace workspace) {
            int start = (int) ((long) g * n / count);
            int end = (int) ((long) (g + 1) * n / count);
            int[] rows = workspace.rows(n - (end - start));
            System.arraycopy(order, 0, rows, 0, start);
            System.arraycopy(order, end, rows, start, n - end);
            return rows;
        }
    }
}
