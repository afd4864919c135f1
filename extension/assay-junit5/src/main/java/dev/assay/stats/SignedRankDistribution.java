package dev.assay.stats;

/**
 * The exact null distribution of the positive rank sum for {@code n} untied pairs, built by the
 * same recurrence as scipy's {@code _get_wilcoxon_distr}: adding rank k shifts half the mass by k.
 */
final class SignedRankDistribution {

    private SignedRankDistribution() {
    }

    /** P(R+ = r) for r = 0 .. n(n+1)/2. */
    static double[] pmf(int n) {
        double[] c = {1.0};
        for (int k = 1; k <= n; k++) {
            double[] previous = c;
            c = new double[k * (k + 1) / 2 + 1];
            int m = previous.length;
            for (int i = 0; i < m; i++) {
                c[i] = previous[i] * 0.5;
            }
            int offset = c.length - m;
            for (int i = 0; i < m; i++) {
                c[offset + i] += previous[i] * 0.5;
            }
        }
        return c;
    }
}
