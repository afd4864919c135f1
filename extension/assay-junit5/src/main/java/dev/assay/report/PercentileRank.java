package dev.assay.report;

/**
 * Where the p-th percentile of {@code n} sorted values lies under numpy's default linear
 * interpolation: between the {@code lo}-th and {@code hi}-th smallest, {@code fraction} of the way.
 * The one definition behind every percentile Assay computes, whether the values are sorted, counted
 * or selected.
 *
 * @param lo 0-based index of the lower neighbour
 * @param hi 0-based index of the upper neighbour ({@code lo + 1}, or {@code lo} at the top)
 * @param fraction how far between them, in [0, 1)
 */
record PercentileRank(int lo, int hi, double fraction) {

    /** The rank of the p-th percentile (0–100) among {@code n >= 1} values. */
    static PercentileRank of(double p, int n) {
        double rank = p / 100.0 * (n - 1);
        int lo = (int) Math.floor(rank);
        return new PercentileRank(lo, Math.min(lo + 1, n - 1), rank - lo);
    }

    /** The percentile, given the {@link #lo}-th and {@link #hi}-th smallest values. */
    double between(double low, double high) {
        return low + fraction * (high - low);
    }
}
