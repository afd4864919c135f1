package dev.assay.metrics;

import static dev.assay.metrics.ReferenceFixture.assertAgrees;
import static dev.assay.metrics.ReferenceFixture.identity;
import static dev.assay.metrics.ReferenceFixture.rows;
import static dev.assay.metrics.ReferenceFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClassificationMetricsTests {

    static Stream<JsonNode> cases() {
        return ReferenceFixture.cases("classification").stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void agreesWithScikitLearnOnAllRows(JsonNode testCase) {
        Map<String, SampleMetric> metrics = bind(testCase);
        assertAgrees(testCase.get("name").asText(), metrics, testCase.get("metrics"),
                identity(testCase.get("expected").size()));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void agreesWithScikitLearnOnResampleWithRepeats(JsonNode testCase) {
        Map<String, SampleMetric> metrics = bind(testCase);
        assertAgrees(testCase.get("name").asText(), metrics, testCase.get("resample_metrics"), rows(testCase));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void listsLabelsInScikitLearnOrder(JsonNode testCase) {
        Map<String, SampleMetric> metrics = bind(testCase);
        List<String> perClass = metrics.keySet().stream().filter(n -> n.startsWith("f1[")).toList();
        List<String> labels = Stream.of(strings(testCase.get("labels"))).map(l -> "f1[" + l + "]").toList();
        assertThat(perClass).containsExactlyElementsOf(labels);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void perLabelMetricsComputedTogetherEqualEachComputedAlone(JsonNode testCase) {
        Map<String, SampleMetric> metrics = bind(testCase);
        FamilyMember first = (FamilyMember) metrics.get("precision[" + strings(testCase.get("labels"))[0] + "]");
        MetricFamily family = first.family();
        for (int[] rows : List.of(identity(testCase.get("expected").size()), rows(testCase), new int[0])) {
            double[] together = new double[family.size()];
            family.computeAll(rows, together);
            metrics.values().stream().filter(FamilyMember.class::isInstance).map(FamilyMember.class::cast)
                    .forEach(member -> assertThat(Double.valueOf(together[member.index()]))
                            .isEqualTo(Double.valueOf(member.compute(rows))));
        }
        assertThat(metrics.values().stream().filter(FamilyMember.class::isInstance)).hasSize(family.size());
    }

    @Test
    void leavesProbabilityMetricsOutWhenAnyRowLacksProbabilities() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, Double>[] probabilities = new Map[] {Map.of("a", 0.9, "b", 0.1), null};
        Map<String, SampleMetric> metrics = ClassificationMetrics.bind(
                new String[] {"a", "b"}, new String[] {"a", "a"}, probabilities, null);
        assertThat(metrics).containsKey("accuracy").doesNotContainKeys("roc_auc", "average_precision", "log_loss",
                "brier", "ece");
    }

    @Test
    void keepsStableReadableOrder() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, Double>[] probabilities = new Map[] {Map.of("neg", 0.8, "pos", 0.2), Map.of("pos", 0.7)};
        Map<String, SampleMetric> metrics = ClassificationMetrics.bind(
                new String[] {"neg", "pos"}, new String[] {"neg", "pos"}, probabilities, null);
        assertThat(metrics.keySet()).containsExactly("accuracy", "balanced_accuracy", "precision_macro",
                "recall_macro", "f1_macro", "precision_micro", "recall_micro", "f1_micro", "precision_weighted",
                "recall_weighted", "f1_weighted", "mcc", "cohen_kappa", "roc_auc", "average_precision", "log_loss",
                "brier", "ece", "precision[neg]", "recall[neg]", "f1[neg]", "precision[pos]", "recall[pos]",
                "f1[pos]");
        assertThat(metrics.get("roc_auc").compute(new int[] {0, 1})).isEqualTo(1.0);
    }

    @Test
    void isNaNOnAnEmptySample() {
        Map<String, SampleMetric> metrics = ClassificationMetrics.bind(
                new String[] {"a", "b"}, new String[] {"a", "a"}, null, null);
        assertThat(metrics.values()).allSatisfy(m -> assertThat(m.compute(new int[0])).isNaN());
    }

    @Test
    void rejectsArraysOfDifferentLength() {
        assertThatThrownBy(() -> ClassificationMetrics.bind(new String[] {"a"}, new String[0], null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected has [1] rows but predicted has [0]");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, SampleMetric> bind(JsonNode testCase) {
        JsonNode probabilityRows = testCase.get("probabilities");
        Map<String, Double>[] probabilities = null;
        if (!probabilityRows.isNull()) {
            probabilities = new Map[probabilityRows.size()];
            for (int i = 0; i < probabilities.length; i++) {
                Map<String, Double> row = new HashMap<>();
                probabilityRows.get(i).properties().forEach(f -> row.put(f.getKey(), f.getValue().doubleValue()));
                probabilities[i] = row;
            }
        }
        JsonNode positive = testCase.get("positive_label");
        return ClassificationMetrics.bind(strings(testCase.get("expected")), strings(testCase.get("predicted")),
                probabilities, positive.isNull() ? null : positive.asText());
    }
}
