package dev.assay.stats;

import java.util.SplittableRandom;

/**
 * Draws bootstrap resamples as row indices, which is most of a bootstrap's work for cheap
 * metrics. Each resample has its own generator derived from the seed and its number, so a
 * resample is the same whichever thread draws it and in whatever order.
 */
final class IndexSampler {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long LOW_32 = 0xFFFF_FFFFL;

    private IndexSampler() {
    }

    /** The generator of resample {@code b}. */
    static SplittableRandom random(long seed, long b) {
        // Hashing (rather than seed + b) keeps nearby seeds and nearby resample numbers from
        // starting SplittableRandom streams that are shifted copies of each other.
        return new SplittableRandom(mix64(mix64(seed) + GOLDEN_GAMMA * (b + 1)));
    }

    /**
     * Fills {@code rows} with indices drawn uniformly from {@code [0, n)}, with replacement.
     *
     * <p>Two 32-bit draws come out of each 64-bit word and are mapped by Lemire's multiply-shift
     * with rejection, which is exactly uniform and avoids a division per index.
     */
    static void fill(int[] rows, int n, SplittableRandom random) {
        long bound = n;
        long threshold = (1L << 32) % bound;
        int length = rows.length;
        int i = 0;
        while (i < length) {
            long bits = random.nextLong();
            long m = (bits >>> 32) * bound;
            if ((m & LOW_32) >= threshold) {
                rows[i++] = (int) (m >>> 32);
            }
            if (i < length) {
                m = (bits & LOW_32) * bound;
                if ((m & LOW_32) >= threshold) {
                    rows[i++] = (int) (m >>> 32);
                }
            }
        }
    }

    /** Fisher–Yates shuffle of {@code 0 .. n-1}. */
    static int[] permutation(int n, SplittableRandom random) {
        int[] order = identity(n);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    static int[] identity(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /** Stafford's variant 13 finaliser, the mixer SplittableRandom itself uses. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
