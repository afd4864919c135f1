package dev.assay.suites.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.api.Scenario;
import dev.assay.data.ProjectPaths;
import dev.assay.llm.Protocol;
import dev.assay.scenario.ArrivalSchedule;
import dev.assay.testkit.BenchmarkRun;
import dev.assay.testkit.StandInServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Runs {@link CustomerServiceLoadSuite} live: starts the stand-in LLM server on 127.0.0.1 with a fixed
 * reply delay, points the suite's Groq provider at it with {@code assay.provider.mode=live} for this
 * run alone (the model-tests' {@code junit-platform.properties} replays recordings everywhere else),
 * and checks that the {@code server} scenario ran every query over HTTP at its target rate and put
 * its figures, with a {@code VALID} verdict, in a {@code summary.json} that keeps the contract.
 */
class CustomerServiceLoadTest {

    /** What each reply waits at the server: a real network wait, so latency is the server's, not a replay's. */
    private static final Duration REPLY_DELAY = Duration.ofMillis(30);
    private static final long SEED = 42;

    @Test
    void gemma2ServesTicketsAtItsTargetRateFromALiveServer() throws Exception {
        Path root = ProjectPaths.detect(System.getProperty(ProjectPaths.ROOT_KEY)).root();
        Path output = root.resolve("model-tests/target/assay-load");
        // BenchmarkRun's run id is fixed, and a journal under a reused id grows: start from an empty folder.
        deleteRecursively(output);
        int cases = lines(root.resolve("fixtures/datasets/customer-service-tickets.jsonl"));
        int queries = cases * CustomerServiceLoadSuite.ROUNDS;
        Scenario declared = CustomerServiceLoadSuite.class.getDeclaredMethod("gemma2", dev.assay.api.BenchmarkCase.class,
                dev.assay.api.Outcome.class, dev.assay.llm.ChatClient.class).getAnnotation(Scenario.class);

        try (StandInServer server = StandInServer.start(new SupportStandIn()).replyDelay(REPLY_DELAY)) {
            BenchmarkRun run = BenchmarkRun.of(output, Map.of(
                    "assay.provider.mode", "live",
                    "assay.provider.groq.baseUrl", server.baseUrl(Protocol.OPENAI).toString(),
                    "assay.provider.groq.apiKeyEnv", "none",
                    "assay.seed", Long.toString(SEED)), CustomerServiceLoadSuite.class);

            assertThat(run.results().allEvents().failed().count()).as(failures(run)).isZero();
            assertThat(run.results().testEvents().started().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                    .contains("gemma2 \u203a scenario server @ 30/s", "gemma2 \u203a summary");
            // At least once each: the client retries a call whose connection fails, which a loaded runner may see.
            assertThat(server.requestCount()).as("every warmup and every query reached the server")
                    .isGreaterThanOrEqualTo(CustomerServiceLoadSuite.WARMUP + queries);

            List<JsonNode> journal = run.journal();
            assertThat(journal).hasSize(queries).allSatisfy(r -> {
                assertThat(r.get("status").asText()).isEqualTo("ok");
                // The client timed each call: nothing comes back from the server sooner than its delay.
                assertThat(r.get("latency_ms").asDouble()).isGreaterThanOrEqualTo(REPLY_DELAY.toMillis());
            });
            assertThat(journal.stream().map(r -> r.get("case").asText() + "#" + r.get("round").asInt()).distinct())
                    .as("each case once per round").hasSize(queries);

            JsonNode model = run.summary().at("/benchmarks/0/models/0");
            assertThat(model.at("/runtime/provider_mode").asText()).isEqualTo("live");
            assertThat(model.at("/runtime").has("recording_origin")).as("nothing replayed").isFalse();

            JsonNode s = model.get("scenario");
            assertThat(s.get("kind").asText()).isEqualTo("server");
            assertThat(s.get("verdict").asText()).as(s.toString()).isEqualTo("VALID");
            assertThat(s.get("queries").asInt()).isEqualTo(queries);
            assertThat(s.get("target_qps").asDouble()).isEqualTo(declared.targetQps());
            assertThat(s.get("latency_bound_ms").asDouble()).isEqualTo(declared.latencyBoundMs());
            assertThat(s.get("percentile").asDouble()).isEqualTo(declared.percentile());
            assertThat(s.get("rate_tolerance").asDouble()).isEqualTo(declared.rateTolerance());
            // The arrivals are the seeded Poisson schedule of the benchmark and model, as every run draws them.
            long seed = ArrivalSchedule.seed(SEED, "customer-service-tickets-load", "gemma2");
            assertThat(s.get("seed").asLong()).isEqualTo(seed);
            assertThat(s.get("scheduled_qps").asDouble())
                    .isCloseTo(ArrivalSchedule.poisson(declared.targetQps(), queries, seed).scheduledQps(), within(1e-3));
            assertThat(s.get("achieved_qps").asDouble()).isGreaterThanOrEqualTo(
                    (1 - declared.rateTolerance()) * s.get("scheduled_qps").asDouble());
            assertThat(s.get("latency_at_percentile_ms").asDouble())
                    .isBetween((double) REPLY_DELAY.toMillis(), declared.latencyBoundMs());
            assertThat(s.get("over_bound").asDouble()).isLessThanOrEqualTo(1 - declared.percentile() / 100);
        }
    }

    private static int lines(Path dataset) throws IOException {
        try (Stream<String> lines = Files.lines(dataset)) {
            return (int) lines.filter(l -> !l.isBlank()).count();
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

    private static String failures(BenchmarkRun run) {
        return run.results().allEvents().failed().stream()
                .map(e -> e.getTestDescriptor().getDisplayName() + ": " + e.getPayload(TestExecutionResult.class)
                        .flatMap(TestExecutionResult::getThrowable).map(Throwable::toString).orElse(""))
                .limit(5).collect(Collectors.joining("\n"));
    }
}
