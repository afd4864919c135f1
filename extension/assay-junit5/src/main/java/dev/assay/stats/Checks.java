package dev.assay.stats;

/** Argument checks shared by the public entry points, so every message reads the same. */
final class Checks {

    private Checks() {
    }

    static double confidence(double confidence) {
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException(
                    "confidence must lie strictly between 0 and 1, e.g. 0.95; got [" + confidence + "]");
        }
        return confidence;
    }

    static double alpha(double alpha) {
        if (!(alpha > 0.0 && alpha < 1.0)) {
            throw new IllegalArgumentException(
                    "alpha must lie strictly between 0 and 1, e.g. 0.05; got [" + alpha + "]");
        }
        return alpha;
    }

    static void samePairs(double[] candidate, double[] baseline) {
        if (candidate.length != baseline.length) {
            throw new IllegalArgumentException("Paired samples must have the same length; candidate has ["
                    + candidate.length + "] values, baseline has [" + baseline.length + "]");
        }
    }
}
