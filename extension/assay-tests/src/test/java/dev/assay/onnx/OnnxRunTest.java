package dev.assay.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** OnnxRun and OnnxResult on the fixture models, checked against scikit-learn's stored outputs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnnxRunTest {

    private OrtSession logreg;
    private OrtSession mlp;
    private OrtSession ridge;
    private OrtSession sqrt;
    private OrtSession echo;

    @BeforeAll
    void load() throws Exception {
        logreg = Fixtures.cpuSession(Fixtures.model("breast-cancer-logreg"));
        mlp = Fixtures.cpuSession(Fixtures.model("digits-mlp"));
        ridge = Fixtures.cpuSession(Fixtures.model("diabetes-ridge"));
        sqrt = Fixtures.cpuSession(Fixtures.testModel("sqrt"));
        echo = Fixtures.cpuSession(Fixtures.testModel("echo"));
    }

    @AfterAll
    void close() throws Exception {
        for (OrtSession s : List.of(logreg, mlp, ridge, sqrt, echo)) {
            s.close();
        }
    }

    @Test
    void logistic_regression_matches_scikit_learn_predict_proba_on_every_test_row() throws Exception {
        JsonNode cases = Fixtures.reference("breast-cancer-logreg").get("cases");
        List<JsonNode> rows = Fixtures.dataset("breast-cancer-test.jsonl");
        assertThat(rows).hasSize(cases.size());
        for (JsonNode row : rows) {
            JsonNode expected = cases.get(row.get("id").asText());
            try (OnnxResult r = OnnxRun.of(logreg).input("features", Fixtures.features(row)).run()) {
                assertThat(r.label("label")).isEqualTo(expected.get("label").asText());
                Map<String, Double> probabilities = r.probabilities("probabilities");
                assertThat(probabilities).containsOnlyKeys("malignant", "benign");
                assertThat(probabilities.get("malignant")).isCloseTo(expected.get("probabilities").get(0).asDouble(), within(1e-5));
                assertThat(probabilities.get("benign")).isCloseTo(expected.get("probabilities").get(1).asDouble(), within(1e-5));
            }
        }
    }

    @Test
    void mlp_matches_scikit_learn_on_every_test_row_in_one_batch() throws Exception {
        JsonNode cases = Fixtures.reference("digits-mlp").get("cases");
        List<JsonNode> rows = Fixtures.dataset("digits-test.jsonl");

        try (OnnxResult r = OnnxRun.of(mlp).batch("pixels", rows, Fixtures::features).run()) {
            List<String> labels = r.labels("label");
            List<Map<String, Double>> probabilities = r.allProbabilities("probabilities");
            assertThat(labels).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                JsonNode expected = cases.get(rows.get(i).get("id").asText());
                assertThat(labels.get(i)).isEqualTo(expected.get("label").asText());
                for (int k = 0; k < 10; k++) {
                    assertThat(probabilities.get(i).get(Integer.toString(k)))
                            .isCloseTo(expected.get("probabilities").get(k).asDouble(), within(1e-5));
                }
            }
        }
    }

    @Test
    void argmax_of_probabilities_gives_the_same_labels_as_the_label_output() throws Exception {
        List<JsonNode> rows = Fixtures.dataset("digits-test.jsonl").subList(0, 20);
        try (OnnxResult r = OnnxRun.of(mlp).batch("pixels", rows, Fixtures::features).run()) {
            assertThat(r.labels("probabilities")).isEqualTo(r.labels("label"));
        }
    }

    @Test
    void ridge_matches_scikit_learn_predict_in_float64() throws Exception {
        JsonNode cases = Fixtures.reference("diabetes-ridge").get("cases");
        for (JsonNode row : Fixtures.dataset("diabetes-test.jsonl")) {
            try (OnnxResult r = OnnxRun.of(ridge).input("features", Fixtures.features(row)).run()) {
                assertThat(r.score("score")).isCloseTo(cases.get(row.get("id").asText()).get("score").asDouble(), within(1e-9));
            }
        }
    }

    @Test
    void primitive_arrays_and_batches_of_arrays_feed_the_same_values() throws Exception {
        JsonNode row = Fixtures.dataset("breast-cancer-test.jsonl").get(0);
        float[] features = new float[30];
        for (int i = 0; i < 30; i++) {
            features[i] = (float) row.get("features").get(i).asDouble();
        }
        try (OnnxResult fromList = OnnxRun.of(logreg).input("features", Fixtures.features(row)).run();
             OnnxResult fromArray = OnnxRun.of(logreg).input("features", features).run();
             OnnxResult fromBatch = OnnxRun.of(logreg).batch("features", List.of(features, features)).run()) {
            assertThat(fromArray.probabilities("probabilities")).isEqualTo(fromList.probabilities("probabilities"));
            assertThat(fromBatch.allProbabilities("probabilities")).hasSize(2)
                    .allSatisfy(p -> assertThat(p).isEqualTo(fromList.probabilities("probabilities")));
        }
    }

    @Test
    void strings_and_int64_become_tensors_of_their_type() throws Exception {
        try (OnnxResult r = OnnxRun.of(echo)
                .batch("text", List.of("ok", "fine"))
                .batch("ids", List.of(List.of(101L, 7592L, 102L), List.of(101, 2204, 102)))
                .run()) {
            assertThat(r.labels("text_out")).containsExactly("ok", "fine");
            assertThat(r.shape("ids_out")).containsExactly(2, 3);
            assertThat(r.values("ids_out")).containsExactly(101, 7592, 102, 101, 2204, 102);
        }
    }

    @Test
    void a_caller_built_tensor_is_checked_and_fed() throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OnnxTensor x = OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {4f}), new long[] {1, 1});
             OnnxResult r = OnnxRun.of(sqrt).tensor("x", x).run()) {
            assertThat(r.score("root")).isEqualTo(2.0);
        }
    }

    @Nested
    class BadInput {

        @Test
        void an_unknown_input_name_lists_the_inputs_the_model_has() {
            assertThatThrownBy(() -> OnnxRun.of(logreg).input("feature", List.of(1.0)))
                    .isInstanceOf(OnnxInputException.class)
                    .hasMessage("model [breast_cancer_logreg] has no input [feature]; its inputs are "
                            + "[features: float[N,30]]");
        }

        @Test
        void a_missing_input_lists_the_inputs_the_model_needs() {
            assertThatThrownBy(() -> OnnxRun.of(echo).batch("text", List.of("a")).run())
                    .isInstanceOf(OnnxInputException.class)
                    .hasMessage("model [echo] also needs the inputs [ids]; its inputs are "
                            + "[text: string[N], ids: int64[N,L]]");
        }

        @Test
        void a_wrong_dimension_says_what_the_model_expects() {
            assertThatThrownBy(() -> OnnxRun.of(logreg).input("features", new float[29]))
                    .isInstanceOf(OnnxInputException.class)
                    .hasMessage("input [features] of model [breast_cancer_logreg] expects float[N,30] but the value "
                            + "has shape [29], fed as [1, 29]: dimension 1 must be 30");
        }

        @Test
        void a_wrong_rank_says_what_the_model_expects() {
            assertThatThrownBy(() -> OnnxRun.of(logreg).input("features", List.of(List.of(List.of(1.0)))))
                    .isInstanceOf(OnnxInputException.class)
                    .hasMessage("input [features] of model [breast_cancer_logreg] expects float[N,30] but the value "
                            + "has shape [1, 1, 1] (rank 3); one case needs rank 1 (or 2 with the batch dimension)");
        }

        @Test
        void text_for_a_numeric_input_is_refused() {
            assertThatThrownBy(() -> OnnxRun.of(ridge).input("features", java.util.Collections.nCopies(10, "a")))
                    .isInstanceOf(OnnxInputException.class)
                    .hasMessage("input [features] of model [diabetes_ridge] expects double[N,10] but the value holds "
                            + "text [a]; pass numbers (tokenize text with OnnxTokenizer)");
        }

        @Test
        void numbers_for_a_string_input_are_refused() {
            assertThatThrownBy(() -> OnnxRun.of(echo).batch("text", List.of(1, 2)))
                    .isInstanceOf(OnnxInputException.class)
                    .hasMessage("input [text] of model [echo] expects string[N] but the value holds numbers; "
                            + "pass text for a string input");
        }

        @Test
        void a_fraction_for_an_integer_input_is_refused() {
            assertThatThrownBy(() -> OnnxRun.of(echo).batch("ids", List.of(List.of(1, 2.5))))
                    .isInstanceOf(OnnxInputException.class)
                    .hasMessage("input [ids] of model [echo] expects int64[N,L] but the value holds 2.5 at flat "
                            + "index 1, which is not an integer");
        }

        @Test
        void a_tensor_of_the_wrong_element_type_is_refused() throws Exception {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            try (OnnxTensor floats = OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[10]), new long[] {1, 10})) {
                assertThatThrownBy(() -> OnnxRun.of(ridge).tensor("features", floats))
                        .isInstanceOf(OnnxInputException.class)
                        .hasMessage("input [features] of model [diabetes_ridge] expects double[N,10] but the value "
                                + "is a float tensor");
            }
        }

        @Test
        void ragged_rows_are_refused() {
            assertThatThrownBy(() -> OnnxRun.of(echo).input("ids", List.of(List.of(1, 2), List.of(3))))
                    .isInstanceOf(OnnxInputException.class)
                    .hasMessage("value for input [ids] is ragged at [1]: its sizes differ from the shape [2, 2] seen so "
                            + "far; every row must have the same length");
        }
    }

    @Nested
    class BadOutput {

        @Test
        void nan_output_is_an_invalid_model_output() throws Exception {
            try (OnnxResult r = OnnxRun.of(sqrt).input("x", List.of(-1.0)).run()) {
                assertThatThrownBy(() -> r.score("root"))
                        .isInstanceOf(InvalidModelOutputException.class)
                        .hasMessage("output [root] of model [sqrt] is NaN at [0, 0] (shape [1, 1]); the model gave "
                                + "no usable prediction for this case");
            }
        }

        @Test
        void infinite_output_is_an_invalid_model_output() throws Exception {
            try (OnnxResult r = OnnxRun.of(sqrt).batch("x", List.of(List.of(1.0), List.of(0.0))).run()) {
                assertThatThrownBy(() -> r.embeddings("inverse"))
                        .isInstanceOf(InvalidModelOutputException.class)
                        .hasMessageStartingWith("output [inverse] of model [sqrt] is +Infinity at [1, 0]");
            }
        }

        @Test
        void an_unknown_output_lists_the_outputs() throws Exception {
            try (OnnxResult r = OnnxRun.of(sqrt).input("x", List.of(4.0)).run()) {
                assertThatThrownBy(() -> r.score("y"))
                        .hasMessage("model [sqrt] has no output [y]; its outputs are [root: float[N,1], "
                                + "inverse: float[N,1]]");
            }
        }
    }
}
