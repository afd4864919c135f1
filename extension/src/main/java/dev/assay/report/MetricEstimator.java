package dev.assay.report;

import dev.assay.metrics.SampleMetric;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code MetricEstimator} turns a model's bound metrics into estimates: the point value of each
 * metric over all its cases, with a confidence interval.
 */
public final class MetricEstimator {

    private final EstimatorSettings settings;

    /** An estimator with the given confidence, resamples and seed. */
    public MetricEstimator(EstimatorSettings settings) {
        this.settings = settings;
    }

    /** The settings in use. */
    public EstimatorSettings settings() {
        return settings;
    }

    /**
     * Every metric of the scorer: success rate, quality metrics, speed metrics.
     *
     * @param key a stable name of the model ({@code benchmark/model}) that seeds its resampling
     */
    public Map<String, Summary.Estimate> estimate(String key, ModelScorer scorer) {
        Map<String, Summary.Estimate> out = new LinkedHashMap<>();
        out.put("success_rate", Summary.Estimate.of(scorer.successRate()));
        int n = scorer.okRecords().size();
        int[] rows = ModelScorer.identity(n);
        for (Map.Entry<String, SampleMetric> e : scorer.quality().entrySet()) {
            out.put(e.getKey(), Summary.Estimate.of(e.getValue().compute(rows)));
        }
        LatencyMetrics.of(scorer.okRecords()).forEach((name, v) -> out.put(name, Summary.Estimate.of(v)));
        return out;
    }
}
