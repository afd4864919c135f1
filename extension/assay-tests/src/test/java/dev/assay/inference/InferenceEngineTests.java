package dev.assay.inference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.testkit.BenchmarkRun;
import dev.assay.testkit.Fault;
import dev.assay.testkit.InferenceStandInServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;

/**
 * {@code @Inference} through the real engine against the Open Inference Protocol stand-in on 127.0.0.1:
 * predictions, metadata in the summary's runtime, configuration errors, retries, timeouts, limits and replay.
 */
class InferenceEngineTests {

    @TempDir
    Path output;

    private final Scorer scorer = new Scorer();

    private static Map<String, String> config(InferenceStandInServer server) {
        Map<String, String> config = new HashMap<>();
        config.put("assay.inference.standin.baseUrl", server.baseUrl().toString());
        config.put("assay.inference.standin.backoffMs", "1");
        config.put("assay.inference.standin.maxAttempts", "3");
        return config;
    }

    @Test
    void everyCaseGoesThroughTheProtocolAndGetsTheModelsAnswer() {
        try (InferenceStandInServer server = InferenceStandInServer.start(scorer.model())) {
            BenchmarkRun run = BenchmarkRun.of(output, config(server), InferenceBenchmarkTestCase.class);

            List<JsonNode> journal = run.journal();
            assertThat(journal).as(failures(run)).hasSize(12);
            for (JsonNode r : journal) {
                assertThat(r.get("status").asText()).as(r.toString()).isEqualTo("ok");
                assertThat(r.get("attempts").asInt()).isEqualTo(1);
            }
            Map<String, double[]> inputs = Cases.inputs();
            for (JsonNode r : journal) {
                float p1 = Scorer.expected(inputs.get(r.get("case").asText()));
                assertThat(r.get("predicted").asText()).isEqualTo(p1 >= 0.5f ? "pos" : "neg");
                // FP32 crosses the wire as the float's shortest text and comes back as that very float.
                assertThat(r.get("probabilities").get("pos").asDouble()).isEqualTo((double) p1);
                assertThat(r.get("latency_ms").asDouble()).isPositive();
            }
            assertThat(server.inferenceCount()).isEqualTo(12);
            assertThat(run.results().testEvents().failed().count()).isZero();
        }
    }

    @Test
    void serverAndModelMetadataLandInTheSummarysRuntime() {
        try (InferenceStandInServer server = InferenceStandInServer.start(scorer.model())) {
            BenchmarkRun run = BenchmarkRun.of(output, config(server), InferenceBenchmarkTestCase.class);

            JsonNode runtime = run.summary().path("benchmarks").path(0).path("models").path(0).path("runtime");
            assertThat(runtime.path("provider").asText()).isEqualTo("standin");
            assertThat(runtime.path("provider_model").asText()).isEqualTo("scorer");
            assertThat(runtime.path("provider_mode").asText()).isEqualTo("live");
            assertThat(runtime.path("protocol").asText()).isEqualTo("open-inference-protocol/v2");
            assertThat(runtime.path("platform").asText()).isEqualTo("java_stand_in");
            assertThat(runtime.path("model_versions").toString()).isEqualTo("[\"1\",\"2\"]");
            assertThat(runtime.path("inputs").toString()).isEqualTo("[\"x: FP32[-1,2]\"]");
            assertThat(runtime.path("outputs").toString()).isEqualTo("[\"label: INT64[-1]\",\"probabilities: FP32[-1,2]\"]");
            assertThat(runtime.path("server_name").asText()).isEqualTo("assay-inference-stand-in");
            assertThat(runtime.path("base_url").asText()).isEqualTo(server.baseUrl().toString());
            // Checked once for the run: live, ready, server metadata, model ready, model metadata; then 12 inferences.
            assertThat(server.requestCount()).isEqualTo(5 + 12);
        }
    }

    @Test
    void anInputNameTheModelLacksIsAConfigurationErrorAndNothingIsSent() {
        try (InferenceStandInServer server = InferenceStandInServer.start(scorer.model())) {
            BenchmarkRun run = BenchmarkRun.of(output, config(server), WrongInputTestCase.class);

            List<JsonNode> journal = run.journal();
            assertThat(journal).hasSize(12);
            assertThat(journal).allSatisfy(r -> {
                assertThat(r.get("status").asText()).isEqualTo("error");
                assertThat(r.get("error").asText()).contains("InferenceInputException: Configuration error: [features] is not an "
                        + "input of model [scorer] on server [standin]; its inputs are [x: FP32[-1,2]]; name the tensor after one of them");
            });
            assertThat(server.inferenceCount()).isZero();
        }
    }

    @Test
    void aModelThatIsNotReadyIsOneConfigurationErrorNamingTheModelCheckedOnce() {
        try (InferenceStandInServer server = InferenceStandInServer.start(scorer.model()).modelReady("scorer", false)) {
            BenchmarkRun run = BenchmarkRun.of(output, config(server), InferenceBenchmarkTestCase.class);

            String message = run.results().testEvents().failed().stream().findFirst().orElseThrow()
                    .getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow().getMessage();
            assertThat(message).startsWith("Configuration error: model [scorer] is not ready on inference server [standin] at ["
                    + server.baseUrl() + "] (HTTP 400: Request for unknown model: 'scorer' is not ready); check the model's name "
                    + "in @Inference [standin:scorer] against the server's model repository, and that the model has loaded");
            assertThat(run.journal()).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("error"));
            assertThat(server.inferenceCount()).isZero();
            assertThat(server.requestCount()).as("live, ready, server metadata, model ready: once for all 12 cases").isEqualTo(4);
        }
    }

    @Test
    void anUnreachableServerSaysWhereItLookedAndHowToFixIt() throws Exception {
        String deadUrl;
        try (InferenceStandInServer server = InferenceStandInServer.start(scorer.model())) {
            deadUrl = server.baseUrl().toString();
        }
        Map<String, String> config = new HashMap<>();
        config.put("assay.inference.standin.baseUrl", deadUrl);
        config.put("assay.inference.standin.backoffMs", "1");
        BenchmarkRun run = BenchmarkRun.of(output, config, InferenceBenchmarkTestCase.class);

        assertThat(run.journal()).first().satisfies(r -> assertThat(r.get("error").asText())
                .contains("Configuration error: inference server [standin] at [" + deadUrl + "] cannot be reached for @Inference "
                        + "[standin:scorer]")
                .contains("gave up after 4 attempts")
                .contains("start it, point [assay.inference.standin.baseUrl] (or the spec's URL) at it, or run with "
                        + "-Dassay.inference.mode=replay to use recordings"));
    }

    @Test
    void a503IsRetriedHonouringRetryAfterAndTheAttemptsAreRecorded() {
        try (InferenceStandInServer server = InferenceStandInServer.start(scorer.model())) {
            // Every request fails twice with 503 (Retry-After: 0), then succeeds; s05 always fails.
            server.retryAfterSeconds(0).faults((request, attempt) ->
                    request.contains("" + Cases.inputs().get("s05")[0]) || attempt <= 2 ? Fault.UNAVAILABLE : null);
            BenchmarkRun run = BenchmarkRun.of(output, config(server), InferenceBenchmarkTestCase.class);

            Map<String, JsonNode> byCase = run.journal().stream().collect(Collectors.toMap(r -> r.get("case").asText(), r -> r));
            assertThat(byCase).hasSize(12);
            byCase.forEach((id, r) -> {
                if (id.equals("s05")) {
                    assertThat(r.get("status").asText()).isEqualTo("error");
                    assertThat(r.get("attempts").asInt()).isEqualTo(3);
                    assertThat(r.get("error").asText()).contains("HTTP 503: Server is overloaded; try again later")
                            .contains("[gave up after 3 attempts: HTTP 503; HTTP 503; HTTP 503]");
                } else {
                    assertThat(r.get("status").asText()).as(r.toString()).isEqualTo("ok");
                    assertThat(r.get("attempts").asInt()).isEqualTo(3);
                }
            });
            assertThat(server.inferenceCount()).isEqualTo(12 * 3);
        }
    }

    @Test
    void aRetryWaitsTheDelayTheServerAskedFor() {
        try (InferenceStandInServer server = InferenceStandInServer.start(scorer.model())) {
            // One 429 with Retry-After: 1 on the first case only; the backoff alone would wait 1 ms.
            String first = "" + Cases.inputs().get("s00")[0];
            server.retryAfterSeconds(1).faults((request, attempt) -> request.contains(first) && attempt == 1 ? Fault.RATE_LIMITED : null);
            long start = System.nanoTime();
            BenchmarkRun run = BenchmarkRun.of(output, config(server), InferenceBenchmarkTestCase.class);
            long millis = (System.nanoTime() - start) / 1_000_000;

            JsonNode s00 = run.journal().stream().filter(r -> r.get("case").asText().equals("s00")).findFirst().orElseThrow();
            assertThat(s00.get("status").asText()).isEqualTo("ok");
            assertThat(s00.get("attempts").asInt()).isEqualTo(2);
            assertThat(millis).isGreaterThanOrEqualTo(1000);
        }
    }

    @Test
    void aReplyLaterThanTheTimeoutIsRetriedThenRecordedAsATimeout() {
        try (InferenceStandInServer server = InferenceStandInServer.start(scorer.model())) {
            String slow = "" + Cases.inputs().get("s03")[0];
            server.slowDelay(Duration.ofMillis(1500)).faults((request, attempt) -> request.contains(slow) ? Fault.SLOW : null);
            Map<String, String> config = config(server);
            config.put("assay.inference.standin.timeoutMs", "300");
            config.put("assay.inference.standin.maxAttempts", "2");
            BenchmarkRun run = BenchmarkRun.of(output, config, InferenceBenchmarkTestCase.class);

            JsonNode s03 = run.journal().stream().filter(r -> r.get("case").asText().equals("s03")).findFirst().orElseThrow();
            assertThat(s03.get("status").asText()).isEqualTo("timeout");
            assertThat(s03.get("attempts").asInt()).isEqualTo(2);
            assertThat(s03.get("error").asText()).contains("no complete reply within 300 ms (assay.inference.standin.timeoutMs)");
            assertThat(run.journal().stream().filter(r -> r.get("status").asText().equals("ok")).count()).isEqualTo(11);
        }
    }

    @Test
    void noMoreRequestsAreInFlightThanTheServersLimit() {
        try (InferenceStandInServer server = InferenceStandInServer.start(scorer.model())) {
            scorer.workMillis = 60;
            Map<String, String> config = config(server);
            config.put("assay.inference.standin.maxConcurrent", "2");
            config.put("junit.jupiter.execution.parallel.enabled", "true");
            config.put("junit.jupiter.execution.parallel.mode.default", "concurrent");
            config.put("junit.jupiter.execution.parallel.config.strategy", "fixed");
            config.put("junit.jupiter.execution.parallel.config.fixed.parallelism", "8");
            BenchmarkRun run = BenchmarkRun.of(output, config, InferenceBenchmarkTestCase.class);

            assertThat(run.journal()).hasSize(12).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("ok"));
            assertThat(scorer.maxInFlight.get()).isEqualTo(2);
        }
    }

    @Test
    void aRecordedRunReplaysWithoutAServerWithTheSameResultsAndMetadata() throws Exception {
        Path recordings = output.resolve("recordings");
        List<JsonNode> recorded;
        try (InferenceStandInServer server = InferenceStandInServer.start(scorer.model())) {
            Map<String, String> config = config(server);
            config.put("assay.inference.mode", "record");
            config.put("assay.inference.recordings", recordings.toString());
            recorded = BenchmarkRun.of(output.resolve("record"), config, InferenceBenchmarkTestCase.class).journal();
        }
        Path file = recordings.resolve("inference-scorer.inference.json");
        assertThat(file).exists();
        JsonNode recording = BenchmarkRun.json(Files.readString(file));
        assertThat(recording.path("format").asText()).isEqualTo("assay-inference-recording/1");
        assertThat(recording.path("entries")).hasSize(12);
        assertThat(recording.path("entries").path(0).path("origin").asText()).isEqualTo("stand-in");
        assertThat(recording.toString()).doesNotContain("127.0.0.1");

        // The server is gone and no URL is configured: replay needs neither.
        Map<String, String> replay = Map.of("assay.inference.mode", "replay", "assay.inference.recordings", recordings.toString());
        BenchmarkRun run = BenchmarkRun.of(output.resolve("replay"), replay, InferenceBenchmarkTestCase.class);

        List<JsonNode> replayed = run.journal();
        assertThat(replayed).hasSize(12);
        for (int i = 0; i < 12; i++) {
            assertThat(replayed.get(i).get("case")).isEqualTo(recorded.get(i).get("case"));
            assertThat(replayed.get(i).get("status").asText()).isEqualTo("ok");
            assertThat(replayed.get(i).get("predicted")).isEqualTo(recorded.get(i).get("predicted"));
            assertThat(replayed.get(i).get("probabilities")).isEqualTo(recorded.get(i).get("probabilities"));
        }
        JsonNode runtime = run.summary().path("benchmarks").path(0).path("models").path(0).path("runtime");
        assertThat(runtime.path("provider_mode").asText()).isEqualTo("replay");
        assertThat(runtime.path("inputs").toString()).isEqualTo("[\"x: FP32[-1,2]\"]");
        assertThat(runtime.has("base_url")).isFalse();
    }

    @Test
    void aReplayThatMissesSaysWhichRequestAndHowToRecordIt() {
        Map<String, String> replay = Map.of("assay.inference.mode", "replay",
                "assay.inference.recordings", output.resolve("empty").toString());
        BenchmarkRun run = BenchmarkRun.of(output, replay, InferenceBenchmarkTestCase.class);

        assertThat(run.journal()).first().satisfies(r -> assertThat(r.get("error").asText())
                .contains("Configuration error: @Inference [standin:scorer] replays, but the recording [")
                .contains("holds no metadata of model [scorer] on server [standin]; record it once with "
                        + "-Dassay.inference.mode=record against a running server"));
    }

    @Test
    void aBearerTokenFromTheEnvironmentIsSentAndNeverShown() {
        String token = System.getenv("ASSAY_CANARY_API_KEY");
        assertThat(token).as("set by this module's Surefire configuration").isNotBlank();
        try (InferenceStandInServer server = InferenceStandInServer.start(scorer.model()).requireToken(token)) {
            Map<String, String> config = config(server);
            config.put("assay.inference.standin.tokenEnv", "ASSAY_CANARY_API_KEY");
            BenchmarkRun run = BenchmarkRun.of(output, config, InferenceBenchmarkTestCase.class);
            assertThat(run.journal()).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("ok"));

            // Without the variable's token the server refuses; the error shows no token.
            config.put("assay.inference.standin.tokenEnv", "ASSAY_INFERENCE_TOKEN_THAT_IS_NOT_SET");
            BenchmarkRun skipped = BenchmarkRun.of(output.resolve("skipped"), config, InferenceBenchmarkTestCase.class);
            assertThat(skipped.results().testEvents().aborted().count()).isEqualTo(12);
            assertThat(skipped.journal()).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("skipped"));
        }
    }

    private static String failures(BenchmarkRun run) {
        return run.results().allEvents().failed().stream()
                .map(e -> e.getTestDescriptor().getDisplayName() + ": " + e.getPayload(TestExecutionResult.class)
                        .flatMap(TestExecutionResult::getThrowable).map(Throwable::toString).orElse(""))
                .limit(5).collect(Collectors.joining("\n"));
    }
}
