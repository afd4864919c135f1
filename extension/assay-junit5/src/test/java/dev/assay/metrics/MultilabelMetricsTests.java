package dev.assay.metrics;

import static dev.assay.metrics.ReferenceFixture.assertAgrees;
import static dev.assay.metrics.ReferenceFixture.identity;
import static dev.assay.metrics.ReferenceFixture.rows;
import static dev.assay.metrics.ReferenceFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MultilabelMetricsTests {

    static Stream<JsonNode> cases() {
        return ReferenceFixture.cases("multilabel").stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void agreesWithScikitLearnOnAllRows(JsonNode testCase) {
        assertAgrees(testCase.get("name").asText(), bind(testCase), testCase.get("metrics"),
                identity(testCase.get("expected").size()));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void agreesWithScikitLearnOnResampleWithRepeats(JsonNode testCase) {
        assertAgrees(testCase.get("name").asText(), bind(testCase), testCase.get("resample_metrics"), rows(testCase));
    }

    @Test
    void handlesMoreThanSixtyFourLabels() {
        List<Set<String>> expected = new ArrayList<>();
        List<Set<String>> predicted = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            expected.add(Set.of("L" + i, "L" + (i + 1)));
            predicted.add(Set.of("L" + i));
        }
        Map<String, SampleMetric> metrics = MultilabelMetrics.bind(expected, predicted);
        int[] rows = identity(100);
        assertThat(metrics.get("precision_micro").compute(rows)).isEqualTo(1.0);
        assertThat(metrics.get("recall_micro").compute(rows)).isEqualTo(0.5);
        assertThat(metrics.get("hamming_loss").compute(rows)).isEqualTo(100.0 / (100 * 101));
        assertThat(metrics.get("f1[L99]").compute(rows)).isCloseTo(2.0 / 3, ReferenceFixture.within());
    }

    private static Map<String, SampleMetric> bind(JsonNode testCase) {
        return MultilabelMetrics.bind(sets(testCase.get("expected")), sets(testCase.get("predicted")));
    }

    private static List<Set<String>> sets(JsonNode rows) {
        List<Set<String>> sets = new ArrayList<>();
        rows.forEach(row -> sets.add(Set.of(strings(row))));
        return sets;
    }
}
