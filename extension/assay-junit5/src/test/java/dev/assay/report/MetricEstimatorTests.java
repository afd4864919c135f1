package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Task;
import dev.assay.metrics.SampleMetric;
import dev.assay.stats.Interval;
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

    @Test
    void macroAveragesOfIndependentCasesGetProfileLikelihoodIntervalsBelowTheBcaLimit() {
        for (String metric : List.of("precision_macro", "recall_macro", "f1_macro")) {
            assertThat(methodOf(metric, records(300))).as(metric).isEqualTo(Interval.PROFILE_LIKELIHOOD);
            assertThat(methodOf(metric, records(1_500))).as(metric).isEqualTo(Interval.BOOTSTRAP_PERCENTILE);
        }
        // Repeated rounds of a case are not independent draws: those stay resampled.
        assertThat(methodOf("f1_macro", records(150, 2))).isEqualTo(Interval.BOOTSTRAP_BCA);
        // Other confusion-matrix metrics keep BCa.
        assertThat(methodOf("accuracy", records(300))).isEqualTo(Interval.BOOTSTRAP_BCA);
        assertThat(methodOf("f1[a]", records(300))).isEqualTo(Interval.BOOTSTRAP_BCA);
    }

    @Test
    void theProfileIntervalOfAMacroAverageHoldsItsValue() {
        ModelScorer scorer = new ModelScorer(records(200), Task.CLASSIFICATION, null, null);
        Summary.Estimate f1 = estimator.estimate("bench/m", scorer).get("f1_macro");

        assertThat(f1.value()).isEqualTo(scorer.quality().get("f1_macro").compute(ModelScorer.identity(200)));
        assertThat(f1.ciLow()).isLessThan(f1.value());
        assertThat(f1.ciHigh()).isGreaterThan(f1.value());
    }

    private String methodOf(String metric, List<CaseRecord> records) {
        return estimator.estimate("bench/m", new ModelScorer(records, Task.CLASSIFICATION, null, null))
                .get(metric).method();
    }

    private static List<CaseRecord> records(int n) {
        return records(n, 1);
    }

    /** Labels a, b, c; the prediction is right 75% of the time; each case {@code rounds} times. */
    private static List<CaseRecord> records(int n, int rounds) {
        SplittableRandom random = new SplittableRandom(n);
        String[] labels = {"a", "b", "c"};
        List<CaseRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String expected = labels[random.nextInt(3)];
            for (int round = 0; round < rounds; round++) {
                String predicted = random.nextDouble() < 0.75 ? expected : labels[random.nextInt(3)];
                out.add(new CaseRecord("run", "bench", "m", Integer.toString(i), round, "classification",
                        CaseRecord.OK, expected, predicted, null, 1.0, null, null, null, 1, null, Map.of(), Map.of()));
            }
        }
        return out;
    }
}
