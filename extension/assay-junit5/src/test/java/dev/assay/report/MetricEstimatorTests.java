package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Task;
import dev.assay.metrics.SampleMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MetricEstimatorTests {

    private final MetricEstimator estimator = new MetricEstimator(new EstimatorSettings(0.95, 300, 42L, 5_000));

    @Test
    void perLabelMetricsShareTheResamplesSeededByTheFirstOfThem() {
        for (int n : new int[] {120, 1_500}) { // BCa and percentile
            ModelScorer scorer = new ModelScorer(records(n), Task.CLASSIFICATION, null, null);
            Map<String, Summary.Estimate> estimates = estimator.estimate("bench/m", scorer);
            Map<String, SampleMetric> quality = scorer.quality();
            for (String name : List.of("precision[a]", "recall[a]", "f1[b]", "recall[c]")) {
                assertThat(estimates.get(name)).as(name)
                        .isEqualTo(estimator.estimate("bench/m/precision[a]", name, quality.get(name), n));
            }
            // Every other metric keeps the seed of its own name.
            assertThat(estimates.get("f1_macro"))
                    .isEqualTo(estimator.estimate("bench/m/f1_macro", "f1_macro", quality.get("f1_macro"), n));
        }
    }

    @Test
    void perLabelMetricsWithoutResamplingAreTheirValues() {
        MetricEstimator pointOnly = new MetricEstimator(new EstimatorSettings(0.95, 0, 42L, 5_000));
        ModelScorer scorer = new ModelScorer(records(50), Task.CLASSIFICATION, null, null);
        Map<String, Summary.Estimate> estimates = pointOnly.estimate("bench/m", scorer);
        assertThat(estimates.get("f1[c]"))
                .isEqualTo(Summary.Estimate.of(scorer.quality().get("f1[c]").compute(ModelScorer.identity(50))));
    }

    /** Labels a, b, c; the prediction is right 75% of the time. */
    private static List<CaseRecord> records(int n) {
        SplittableRandom random = new SplittableRandom(n);
        String[] labels = {"a", "b", "c"};
        List<CaseRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String expected = labels[random.nextInt(3)];
            String predicted = random.nextDouble() < 0.75 ? expected : labels[random.nextInt(3)];
            out.add(new CaseRecord("run", "bench", "m", Integer.toString(i), 0, "classification", CaseRecord.OK,
                    expected, predicted, null, 1.0, null, null, null, 1, null, Map.of(), Map.of()));
        }
        return out;
    }
}
