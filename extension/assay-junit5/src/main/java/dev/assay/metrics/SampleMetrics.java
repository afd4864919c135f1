package dev.assay.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/** Rules shared by every bound metric set. */
final class SampleMetrics {

    private SampleMetrics() {
    }

    /**
     * No metric is defined on an empty sample; one rule here instead of a guard in every formula.
     * Family members stay as they are, so estimators can still group them; their families give NaN
     * on an empty sample themselves.
     */
    static Map<String, SampleMetric> nanWhenEmpty(Map<String, SampleMetric> metrics) {
        Map<String, SampleMetric> guarded = new LinkedHashMap<>();
        metrics.forEach((name, metric) -> guarded.put(name, metric instanceof FamilyMember ? metric
                : rows -> rows.length == 0 ? Double.NaN : metric.compute(rows)));
        return guarded;
    }

    /** The mean of per-row values precomputed at bind time, over the sample's rows. */
    static double mean(double[] perRow, int[] rows) {
        double sum = 0;
        for (int row : rows) {
            sum += perRow[row];
        }
        return sum / rows.length;
    }
}
