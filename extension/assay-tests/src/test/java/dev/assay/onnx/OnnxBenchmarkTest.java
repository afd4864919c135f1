package dev.assay.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.testkit.BenchmarkRun;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @Onnx} inside real benchmarks: the journal, the summary's runtime object, broken cases. */
class OnnxBenchmarkTest {

    @TempDir
    Path output;

    @Test
    void an_onnx_classifier_runs_every_case_and_the_summary_names_the_provider_that_ran_it() {
        BenchmarkRun run = BenchmarkRun.of(output, OnnxBenchmarkTestCase.Classifier.class);

        List<JsonNode> journal = run.journal();
        assertThat(journal).hasSize(143).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("ok"));
        assertThat(journal.get(0).get("probabilities").fieldNames()).toIterable().containsExactly("malignant", "benign");
        JsonNode model = run.summary().get("benchmarks").get(0).get("models").get(0);
        assertThat(model.get("metrics").get("accuracy").get("value").asDouble()).isCloseTo(0.986, org.assertj.core.api.Assertions.within(0.001));
        JsonNode runtime = model.get("runtime");
        assertThat(runtime.get("execution_provider").asText()).isEqualTo("CPU");
        assertThat(runtime.get("parameters").asLong()).isEqualTo(92);
        assertThat(runtime.get("model_bytes").asLong()).isEqualTo(952);
        assertThat(runtime.get("inputs").get(0).get("name").asText()).isEqualTo("features");
    }

    @Test
    void a_batched_run_records_what_one_case_per_run_records() {
        BenchmarkRun run = BenchmarkRun.of(output, OnnxBenchmarkTestCase.BatchedClassifier.class);

        assertThat(run.results().testEvents().failed().count()).isZero();
        // 143 cases in batches of 32: four full batches and one of 15.
        assertThat(run.results().testEvents().succeeded().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().startsWith("logreg-batch32 \u203a batch "))).hasSize(5);
        Map<String, JsonNode> single = new HashMap<>();
        Map<String, JsonNode> batched = new HashMap<>();
        for (JsonNode r : run.journal()) {
            (r.get("model").asText().equals("logreg") ? single : batched).put(r.get("case").asText(), r);
        }
        assertThat(batched).hasSize(143).containsOnlyKeys(single.keySet());
        single.forEach((id, one) -> {
            JsonNode many = batched.get(id);
            assertThat(many.get("status").asText()).isEqualTo("ok");
            assertThat(many.get("predicted")).isEqualTo(one.get("predicted"));
            assertThat(many.at("/probabilities/benign").asDouble())
                    .isCloseTo(one.at("/probabilities/benign").asDouble(), org.assertj.core.api.Assertions.within(1e-6));
        });
        JsonNode models = run.summary().at("/benchmarks/0/models");
        assertThat(models.get(0).at("/metrics/roc_auc/value").asDouble())
                .isEqualTo(models.get(1).at("/metrics/roc_auc/value").asDouble());
    }

    @Test
    void a_nan_output_is_recorded_as_an_error_with_its_reason() {
        BenchmarkRun run = BenchmarkRun.of(output, OnnxBenchmarkTestCase.NotANumber.class);

        JsonNode negative = run.journal().stream().filter(r -> r.get("case").asText().equals("negative")).findFirst()
                .orElseThrow();
        assertThat(negative.get("status").asText()).isEqualTo("error");
        assertThat(negative.get("error").asText()).isEqualTo("InvalidModelOutputException: output [root] of model "
                + "[sqrt] is NaN at [0, 0] (shape [1, 1]); the model gave no usable prediction for this case");
        assertThat(run.journal()).filteredOn(r -> r.get("status").asText().equals("ok")).hasSize(2);
    }

    @Test
    void a_model_on_a_gpu_that_cannot_load_is_skipped_while_the_cpu_model_runs() {
        if (GpuProbe.probe(ExecutionProvider.CUDA, 0).available()) {
            return;
        }
        BenchmarkRun run = BenchmarkRun.of(output, OnnxBenchmarkTestCase.OnGpu.class);

        // Every node of the GPU model (3 cases and its summary) is skipped with the loader's reason.
        List<String> reasons = run.results().testEvents().skipped().list().stream()
                .map(e -> e.getPayload(String.class).orElseThrow()).toList();
        assertThat(reasons).hasSize(4).allSatisfy(reason ->
                assertThat(reason).startsWith("ONNX model [onnx/sqrt.onnx] asks for device [cuda] but CUDA cannot load here: "));
        assertThat(run.results().testEvents().skipped().list()).extracting(e -> e.getTestDescriptor().getDisplayName())
                .allMatch(name -> name.startsWith("sqrt-cuda"));
        assertThat(run.journal()).extracting(r -> r.get("model").asText()).containsOnly("sqrt-cpu");
    }
}
