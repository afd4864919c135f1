package dev.assay.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/** Rules shared by every bound metric set. */
final class SampleMetrics {

    private SampleMetrics() {
    }

    /**
     * No metric is defined on an empty sample; one rule here instead of a guard in every formula.
     * Family members and multinomial metrics stay as they are, so estimators can still recognise
     * them; they give NaN on an empty sample themselves.
     */
    static Map<String, SampleMetric> nanWhenEmpty(Map<String, SampleMetric> metrics) {
        Map<String, SampleMetric> guarded = new LinkedHashMap<>();
        metrics.forEach((name, metric) -> guarded.put(name, keepsItsType(metric) ? metric
                : rows -> rows.length == 0 ? Double.NaN : metric.compute(rows)));
        return guarded;
    }

    private static boolean keepsItsType(SampleMetric metric) {
        return metric instanceof FamilyMember || metric instanceof MultinomialMetric;
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
