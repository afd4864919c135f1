package dev.assay.metrics;

import static dev.assay.metrics.ReferenceFixture.assertAgrees;
import static dev.assay.metrics.ReferenceFixture.doubles;
import static dev.assay.metrics.ReferenceFixture.identity;
import static dev.assay.metrics.ReferenceFixture.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RegressionMetricsTests {

    static Stream<JsonNode> cases() {
        return ReferenceFixture.cases("regression").stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void agreesWithScikitLearnAndScipyOnAllRows(JsonNode testCase) {
        assertAgrees(testCase.get("name").asText(), bind(testCase), testCase.get("metrics"),
                identity(testCase.get("expected").size()));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void agreesWithScikitLearnAndScipyOnResampleWithRepeats(JsonNode testCase) {
        assertAgrees(testCase.get("name").asText(), bind(testCase), testCase.get("resample_metrics"), rows(testCase));
    }

    @Test
    void keepsStableReadableOrder() {
        Map<String, SampleMetric> metrics = RegressionMetrics.bind(new double[] {1, 2}, new double[] {1, 3});
        assertThat(metrics.keySet()).containsExactly("mae", "mse", "rmse", "r2", "mape", "pearson", "spearman",
                "kendall");
    }

    @Test
    void treatsNegativeZeroAsATieWithZero() {
        Map<String, SampleMetric> metrics = RegressionMetrics.bind(new double[] {-0.0, 0.0, 1, 2},
                new double[] {1, 1, 2, 3});
        assertThat(metrics.get("kendall").compute(identity(4))).isEqualTo(1.0);
        assertThat(metrics.get("spearman").compute(identity(4))).isCloseTo(1.0, ReferenceFixture.within());
    }

    private static Map<String, SampleMetric> bind(JsonNode testCase) {
        return RegressionMetrics.bind(doubles(testCase.get("expected")), doubles(testCase.get("predicted")));
    }
}
