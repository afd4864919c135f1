package dev.assay.suites.served;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.data.ProjectPaths;
import dev.assay.onnx.Onnx;
import dev.assay.testkit.BenchmarkRun;
import dev.assay.testkit.InferenceStandInServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Serves the breast-cancer ONNX model with the Open Inference Protocol stand-in (ONNX Runtime behind
 * it), runs {@link BreastCancerServedSuite} through the engine, and checks that the served model gives
 * every case the same label and probabilities as the in-process {@code @Onnx} run, and passes the same
 * thresholds.
 */
class BreastCancerServedTest {

    private static final String MODEL = "fixtures/models/breast-cancer-logreg.onnx";

    @Test
    void theServedModelGivesEveryCaseThePredictionsOfTheInProcessModel(
            @Onnx(value = MODEL, device = Onnx.Device.CPU) OrtSession session) throws Exception {
        Path output = ProjectPaths.detect(System.getProperty(ProjectPaths.ROOT_KEY)).resolve("model-tests/target/assay-served");
        // BenchmarkRun's run id is fixed, and a journal under a reused id grows: start from an empty folder.
        deleteRecursively(output);
        try (InferenceStandInServer server = InferenceStandInServer.start(OnnxServedModel.of("breast-cancer-logreg", session))) {
            BenchmarkRun run = BenchmarkRun.of(output, Map.of("assay.inference.serving.baseUrl", server.baseUrl().toString(),
                    "assay.inference.mode", "live"), BreastCancerServedSuite.class);

            assertThat(run.results().allEvents().failed().count()).as(failures(run)).isZero();
            List<JsonNode> journal = run.journal();
            Map<String, JsonNode> onnx = byCase(journal, "logreg");
            Map<String, JsonNode> served = byCase(journal, "logreg-served");
            assertThat(onnx).hasSize(143);
            assertThat(served.keySet()).isEqualTo(onnx.keySet());
            onnx.forEach((id, expected) -> {
                JsonNode actual = served.get(id);
                assertThat(actual.get("status").asText()).as(id).isEqualTo("ok");
                assertThat(actual.get("predicted").asText()).as(id).isEqualTo(expected.get("predicted").asText());
                assertThat(actual.get("probabilities").size()).isEqualTo(2);
                expected.get("probabilities").properties().forEach(p -> assertThat(actual.get("probabilities").get(p.getKey())
                        .asDouble()).as(id + " " + p.getKey()).isCloseTo(p.getValue().asDouble(), within(1e-6)));
            });
            assertThat(server.inferenceCount()).as("143 cases and 5 warm-ups, each one request").isEqualTo(148);

            JsonNode models = run.summary().path("benchmarks").path(0).path("models");
            JsonNode runtime = models.path(1).path("runtime");
            assertThat(models.path(1).path("model").asText()).isEqualTo("logreg-served");
            assertThat(runtime.path("protocol").asText()).isEqualTo("open-inference-protocol/v2");
            assertThat(runtime.path("platform").asText()).isEqualTo("onnxruntime_onnx");
            assertThat(runtime.path("inputs").toString()).isEqualTo("[\"features: FP32[-1,30]\"]");
            assertThat(models.path(1).path("metrics").path("accuracy").path("value").asDouble())
                    .isEqualTo(models.path(0).path("metrics").path("accuracy").path("value").asDouble());
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static Map<String, JsonNode> byCase(List<JsonNode> journal, String model) {
        return journal.stream().filter(r -> r.get("model").asText().equals(model))
                .collect(Collectors.toMap(r -> r.get("case").asText(), Function.identity()));
    }

    private static String failures(BenchmarkRun run) {
        return run.results().allEvents().failed().stream()
                .map(e -> e.getTestDescriptor().getDisplayName() + ": " + e.getPayload(TestExecutionResult.class)
                        .flatMap(TestExecutionResult::getThrowable).map(Throwable::toString).orElse(""))
                .limit(5).collect(Collectors.joining("\n"));
    }
}
