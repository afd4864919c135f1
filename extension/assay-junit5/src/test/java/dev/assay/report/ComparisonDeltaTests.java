package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The difference a comparison reports between two models' values. */
class ComparisonDeltaTests {

    @Test
    void valuesEqualButForRoundingHaveNoDifference() {
        // Errors 0.1, 0.2, 0.3 against 0.3, 0.2, 0.1: the same MAE, 0.2, but summed in another order the
        // two doubles differ in their last bits (0.20000000000000004 and 0.19999999999999998).
        List<CaseRecord> records = new ArrayList<>();
        double[] errorsA = {0.1, 0.2, 0.3};
        double[] errorsB = {0.3, 0.2, 0.1};
        for (int i = 0; i < 3; i++) {
            records.add(record("a", i, errorsA[i]));
            records.add(record("b", i, errorsB[i]));
        }
        BenchmarkSpec spec = new BenchmarkSpec();
        spec.comparisons.add(new BenchmarkSpec.CompareSpec("a", "b", 0));

        Summary summary = new SummaryBuilder(new MetricEstimator(new EstimatorSettings(0.95, 200, 42L, 5_000)))
                .build("run", records, Map.of("bench", spec));

        ComparisonResult mae = summary.benchmarks.get(0).comparisons.stream()
                .filter(c -> c.metric().equals("mae")).findFirst().orElseThrow();
        assertThat(mae.baselineValue()).isNotEqualTo(mae.candidateValue());
        assertThat(mae.delta()).isEqualTo(0.0);
        assertThat(mae.note()).doesNotContain("e-1");
    }

    private static CaseRecord record(String model, int i, double error) {
        return new CaseRecord("run", "bench", model, "c" + i, 0, "regression", CaseRecord.OK, 0.0, error,
                null, 1.0, null, null, null, 1, null, Map.of(), Map.of());
    }
}
