package dev.assay.allure;

import dev.assay.report.LatencyMetrics;
import java.util.Arrays;

/**
 * {@code HistogramBins} sizes equal-width bins to the data with the Freedman–Diaconis rule
 * ({@code 2 IQR / n^(1/3)}, numpy's {@code bins="fd"}), so a run of sub-millisecond latencies gets
 * bins a fraction of a millisecond wide rather than one block. The count is kept between
 * {@link #MIN_BINS} and {@link #MAX_BINS}: a long tail would otherwise ask for thousands of bins.
 * Where the middle half of the data is one value (IQR 0), Sturges' rule sizes the bins instead.
 *
 * @param start the left edge of the first bin (never below the data's minimum)
 * @param width every bin's width, positive
 * @param counts the number of values in each bin; the last bin includes its right edge
 */
record HistogramBins(double start, double width, long[] counts) {

    static final int MIN_BINS = 5;
    static final int MAX_BINS = 60;

    /** Bins over {@code values}, which must not be empty. */
    static HistogramBins of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        double range = max - min;
        if (range <= 0) {
            // One value: one bin around it, a tenth of its size wide, that does not cross zero when it is positive.
            double width = min == 0 ? 1e-3 : Math.abs(min) / 10;
            double start = min >= 0 ? Math.max(0, min - width / 2) : min - width / 2;
            return new HistogramBins(start, width, new long[] {sorted.length});
        }
        double iqr = LatencyMetrics.percentile(sorted, 75) - LatencyMetrics.percentile(sorted, 25);
        double width = 2 * iqr / Math.cbrt(sorted.length);
        int count = width > 0 ? (int) Math.ceil(range / width)
                : (int) Math.ceil(Math.log(sorted.length) / Math.log(2)) + 1;
        count = Math.max(MIN_BINS, Math.min(MAX_BINS, count));
        width = range / count;
        long[] counts = new long[count];
        for (double v : sorted) {
            counts[Math.min(count - 1, (int) ((v - min) / width))]++;
        }
        return new HistogramBins(min, width, counts);
    }

    /** The left edge of bin {@code b}. */
    double lower(int b) {
        return start + b * width;
    }

    /** The right edge of bin {@code b}. */
    double upper(int b) {
        return start + (b + 1) * width;
    }

    /** The right edge of the last bin. */
    double end() {
        return upper(counts.length - 1);
    }
}
