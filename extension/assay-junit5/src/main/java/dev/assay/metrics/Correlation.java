package dev.assay.metrics;

/** Pearson's r as {@code scipy.stats.pearsonr} 1.10 computes it, on values already gathered per sample. */
final class Correlation {

    private Correlation() {
    }

    /** NaN for fewer than two values or a constant side; the sign of the slope for exactly two. */
    static double pearson(double[] x, double[] y) {
        int n = x.length;
        if (n < 2 || constant(x) || constant(y)) {
            return Double.NaN;
        }
        if (n == 2) {
            return Math.signum(x[1] - x[0]) * Math.signum(y[1] - y[0]);
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= n;
        meanY /= n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        double r = sxy / (Math.sqrt(sxx) * Math.sqrt(syy));
        return Math.max(-1.0, Math.min(1.0, r)); // rounding can step just outside [-1, 1]
    }

    private static boolean constant(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }
}
