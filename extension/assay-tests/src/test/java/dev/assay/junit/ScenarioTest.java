package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.llm.Protocol;
import dev.assay.scenario.ArrivalSchedule;
import dev.assay.testing.BinaryCases;
import dev.assay.testing.CliCall;
import dev.assay.testkit.BenchmarkRun;
import dev.assay.testkit.Contracts;
import dev.assay.testkit.StandInServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.Event;

/**
 * {@code @Scenario} through the real engine: one node per model, one journal record per case, the
 * scenario's figures in the summary, and an INVALID server run failing the model's summary node.
 */
class ScenarioTest {

    @TempDir
    Path temp;

    @BeforeEach
    void reset() {
        ScenarioTestCase.reset();
    }

    private BenchmarkRun run(int cases, Class<?> fixture) throws IOException {
        return run(cases, fixture, Map.of());
    }

    private BenchmarkRun run(int cases, Class<?> fixture, Map<String, String> extra) throws IOException {
        Map<String, String> config = new HashMap<>(extra);
        config.put("assay.root", BinaryCases.write(temp.resolve("data"), cases, 3).toString());
        return BenchmarkRun.of(temp.resolve("out"), config, fixture);
    }

    /** A run whose {@code standin} provider calls the stand-in server live. */
    private BenchmarkRun runLive(int cases, Class<?> fixture, StandInServer server) throws IOException {
        return run(cases, fixture, Map.of("assay.provider.standin.baseUrl", server.baseUrl(Protocol.OPENAI).toString(),
                "assay.provider.standin.protocol", "openai", "assay.provider.mode", "live"));
    }

    private static List<String> testNames(BenchmarkRun run) {
        return run.results().testEvents().started().stream().map(e -> e.getTestDescriptor().getDisplayName()).toList();
    }

    private static JsonNode scenario(BenchmarkRun run) {
        return run.summary().at("/benchmarks/0/models/0/scenario");
    }

    @Test
    void singleStreamIssuesOneQueryAtATimeAndReportsLoadGenPercentiles() throws IOException {
        BenchmarkRun run = run(24, ScenarioTestCase.SingleStream.class);

        assertThat(testNames(run)).containsExactly("local \u203a scenario single-stream", "local \u203a summary");
        assertThat(run.results().testEvents().failed().count()).isZero();
        assertThat(ScenarioTestCase.MOST_IN_FLIGHT.get()).as("calls at once").isEqualTo(1);
        List<JsonNode> journal = run.journal();
        assertThat(journal).hasSize(24).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("ok"));
        assertOneAtATime(journal);
        JsonNode s = scenario(run);
        assertThat(s.get("kind").asText()).isEqualTo("single_stream");
        assertThat(s.get("queries").asInt()).isEqualTo(24);
        assertThat(s.get("percentile").asDouble()).isEqualTo(90);
        // LoadGen's rule: the sorted latencies' element at floor(n * 0.9), here the 22nd of 24.
        double[] sorted = journal.stream().mapToDouble(r -> r.get("latency_ms").asDouble()).sorted().toArray();
        assertThat(s.get("latency_p90_ms").asDouble()).isCloseTo(sorted[21], within(0.001));
        assertThat(s.get("latency_at_percentile_ms").asDouble()).isEqualTo(s.get("latency_p90_ms").asDouble());
        assertThat(s.get("latency_p50_ms").asDouble()).isCloseTo(sorted[12], within(0.001))
                .isGreaterThanOrEqualTo(3);
        assertThat(s.get("latency_p99_ms").asDouble()).isCloseTo(sorted[23], within(0.001));
        assertThat(s.has("verdict")).isFalse();
    }

    @Test
    void offlineHandsEveryCaseOutOnceFromTheDeclaredNumberOfWorkers() throws IOException {
        BenchmarkRun run = run(40, ScenarioTestCase.Offline.class);

        assertThat(testNames(run)).containsExactly("workers \u203a scenario offline \u00d7 4", "workers \u203a summary");
        assertThat(ScenarioTestCase.CALLS).hasSize(40).allSatisfy((id, calls) -> assertThat(calls).isEqualTo(1));
        assertThat(ScenarioTestCase.MOST_IN_FLIGHT.get()).as("calls at once").isEqualTo(4);
        assertThat(ScenarioTestCase.THREADS).hasSize(4).allSatisfy(t -> assertThat(t).startsWith("assay-workers-"));
        List<JsonNode> journal = run.journal();
        assertThat(journal).hasSize(40);
        assertThat(journal.stream().map(r -> r.get("case").asText()).distinct()).hasSize(40);
        JsonNode s = scenario(run);
        assertThat(s.get("kind").asText()).isEqualTo("offline");
        assertThat(s.get("concurrency").asInt()).isEqualTo(4);
        assertThat(s.get("queries").asInt()).isEqualTo(40);
        // One worker of 20 ms a case does under 50 a second; four do well over that.
        assertThat(s.get("throughput_per_s").asDouble()).isGreaterThan(80);
        assertThat(run.summary().at("/benchmarks/0/models/0/metrics/throughput_per_s/value").asDouble())
                .isGreaterThan(80);
    }

    @Test
    void offlineGivesABatchMethodBatchesOfItsSizeEachCaseOncePerRound() throws IOException {
        BenchmarkRun run = run(44, ScenarioTestCase.OfflineBatches.class);

        assertThat(testNames(run)).containsExactly("batched \u203a scenario offline \u00d7 2, batches of 8",
                "batched \u203a summary");
        // 44 cases in batches of 8 (the last of 4), twice: 12 calls, 88 records.
        assertThat(ScenarioTestCase.CALLS).hasSize(88).allSatisfy((id, calls) -> assertThat(calls).isEqualTo(1));
        assertThat(ScenarioTestCase.MOST_IN_FLIGHT.get()).isEqualTo(2);
        assertThat(run.journal()).hasSize(88);
        JsonNode s = scenario(run);
        assertThat(s.get("queries").asInt()).isEqualTo(12);
        assertThat(s.get("cases").asInt()).isEqualTo(88);
        assertThat(s.get("batch").asInt()).isEqualTo(8);
        assertThat(run.summary().at("/benchmarks/0/models/0/n").asInt()).isEqualTo(88);
    }

    @Test
    void aServerRunTheModelCanHoldIsValidWithItsFigures() throws IOException {
        BenchmarkRun run = run(30, ScenarioTestCase.ServerHeld.class);

        assertThat(testNames(run)).containsExactly("held \u203a scenario server @ 10/s", "held \u203a summary");
        assertThat(run.results().testEvents().failed().count()).as(failures(run)).isZero();
        assertThat(run.journal()).hasSize(30);
        JsonNode s = scenario(run);
        assertThat(s.get("kind").asText()).isEqualTo("server");
        assertThat(s.get("verdict").asText()).as(s.toString()).isEqualTo("VALID");
        assertThat(s.get("seed").asLong()).isEqualTo(ArrivalSchedule.seed(42, "server-held", "held"));
        assertThat(s.get("target_qps").asDouble()).isEqualTo(10);
        assertThat(s.get("scheduled_qps").asDouble()).isEqualTo(
                ArrivalSchedule.poisson(10, 30, s.get("seed").asLong()).scheduledQps(), within(1e-3));
        assertThat(s.get("achieved_qps").asDouble()).isCloseTo(s.get("scheduled_qps").asDouble(),
                within(0.2 * s.get("scheduled_qps").asDouble()));
        assertThat(s.get("latency_at_percentile_ms").asDouble()).isBetween(10.0, 250.0);
        assertThat(s.get("over_bound").asDouble()).isLessThanOrEqualTo(0.1);
        assertThat(s.get("max_in_flight").asInt()).isEqualTo(64);
    }

    @Test
    void aServerRunAboveTheModelsCapacityIsInvalidAndFailsTheSummaryWithWhatToDo() throws IOException {
        BenchmarkRun run = run(40, ScenarioTestCase.ServerOverloaded.class);

        List<JsonNode> journal = run.journal();
        assertThat(journal).as("a slow model's cases are data, not failures").hasSize(40)
                .allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("ok"));
        JsonNode s = scenario(run);
        assertThat(s.get("verdict").asText()).isEqualTo("INVALID");
        // 40 arrivals in about 0.2 s for a worker that serves 25 a second: the last waits over a second.
        assertThat(s.get("latency_at_percentile_ms").asDouble()).isGreaterThan(500);
        assertThat(s.get("over_bound").asDouble()).isGreaterThan(0.5);
        assertThat(s.get("reason").asText()).contains("p99 latency", "above the bound 100 ms",
                "lower targetQps or raise latencyBoundMs");
        // Latency counts from the scheduled time: the journal's latencies include the queueing.
        assertThat(journal.stream().mapToDouble(r -> r.get("latency_ms").asDouble()).max().orElseThrow())
                .isGreaterThan(500);
        List<Event> failed = run.results().testEvents().failed().list();
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).getTestDescriptor().getDisplayName()).isEqualTo("overloaded \u203a summary");
        assertThat(message(failed.get(0))).startsWith("model [overloaded] of benchmark [server-overloaded] misses its "
                + "scenario:\n  scenario server @ 200/s is INVALID (seed " + s.get("seed").asLong() + "): p99 latency ")
                .contains("lower targetQps or raise latencyBoundMs");
    }

    @Test
    void theMaxRateSearchConvergesBelowTheCapacityOfAOneWorkerModel() throws IOException {
        BenchmarkRun run = run(40, ScenarioTestCase.MaxRate.class);

        assertThat(run.results().testEvents().failed().count()).as(failures(run)).isZero();
        assertThat(testNames(run)).containsExactly("capacity-50 \u203a scenario server, highest rate in 15\u2013400/s",
                "capacity-50 \u203a summary");
        assertThat(run.journal()).as("probes are not journaled").hasSize(40);
        JsonNode s = scenario(run);
        JsonNode search = s.get("search");
        List<JsonNode> probes = new ArrayList<>();
        search.get("probes").forEach(probes::add);
        assertThat(probes).hasSizeBetween(3, 8);
        assertThat(probes.get(0).get("target_qps").asDouble()).isEqualTo(15);
        assertThat(probes.get(0).get("verdict").asText()).isEqualTo("VALID");
        assertThat(probes.get(1).get("target_qps").asDouble()).isEqualTo(400);
        assertThat(probes.get(1).get("verdict").asText()).isEqualTo("INVALID");
        double found = search.get("max_valid_qps").asDouble();
        // One worker of 20 ms serves 50 a second: a 100 ms bound at p90 holds at half that and breaks at 1.5 times.
        assertThat(found).as(search.toString()).isBetween(20.0, 75.0);
        double lowestInvalidAbove = probes.stream().filter(p -> p.get("verdict").asText().equals("INVALID"))
                .mapToDouble(p -> p.get("target_qps").asDouble()).filter(q -> q > found).min().orElseThrow();
        // Six halvings of 385/s leave the valid and the invalid rate about 6/s apart.
        assertThat(lowestInvalidAbove - found).as(search.toString()).isLessThanOrEqualTo(385.0 / 32);
        assertThat(s.get("target_qps").asDouble()).isEqualTo(found);
        assertThat(s.get("verdict").asText()).isIn("VALID", "INVALID");
    }

    @Test
    void aProviderModelRunsUnderAServerScenarioAgainstTheStandInServer() throws IOException {
        try (StandInServer server = StandInServer.start((model, messages) -> "pos")) {
            server.replyDelay(Duration.ofMillis(20));
            BenchmarkRun run = runLive(30, ScenarioTestCase.ProviderServer.class, server);

            assertThat(run.results().testEvents().failed().count()).as(failures(run)).isZero();
            assertThat(testNames(run)).containsExactly("stand-in \u203a warmup 1/2 (c000)", "stand-in \u203a warmup 2/2 (c001)",
                    "stand-in \u203a scenario server @ 20/s", "stand-in \u203a summary");
            assertThat(server.requestCount()).as("two warmups and thirty cases").isEqualTo(32);
            List<JsonNode> journal = run.journal();
            assertThat(journal).hasSize(30).allSatisfy(r -> {
                assertThat(r.get("status").asText()).isEqualTo("ok");
                assertThat(r.get("predicted").asText()).isEqualTo("pos");
                assertThat(r.get("ttft_ms").isNumber()).isTrue();
            });
            // The warmups ran on JUnit's thread, every case on the scenario's.
            assertThat(ScenarioTestCase.THREADS).filteredOn(t -> t.startsWith("assay-stand-in-")).isNotEmpty();
            assertThat(ScenarioTestCase.THREADS).filteredOn(t -> !t.startsWith("assay-stand-in-")).hasSize(1);
            JsonNode s = scenario(run);
            assertThat(s.get("verdict").asText()).as(s.toString()).isEqualTo("VALID");
            assertThat(s.get("latency_at_percentile_ms").asDouble()).isGreaterThanOrEqualTo(20);
            assertThat(run.summary().at("/benchmarks/0/models/0/metrics/accuracy/value").asDouble()).isEqualTo(0.5);
        }
    }

    @Test
    void anLlmRunsUnderEveryOtherScenarioAgainstTheStandInServer() throws IOException {
        try (StandInServer server = StandInServer.start((model, messages) -> "pos")) {
            server.replyDelay(Duration.ofMillis(10));
            BenchmarkRun run = runLive(24, ScenarioTestCase.ProviderScenarios.class, server);

            assertThat(run.results().testEvents().failed().count()).as(failures(run)).isZero();
            Map<String, JsonNode> scenarios = scenariosByModel(run);
            assertEveryCaseOnceAndOk(run, List.of("llm-single", "llm-offline", "llm-max-rate"), 24);
            assertThat(scenarios.get("llm-single").get("kind").asText()).isEqualTo("single_stream");
            assertThat(scenarios.get("llm-single").get("latency_p50_ms").asDouble()).isGreaterThanOrEqualTo(10);
            assertOneAtATime(run.journal().stream().filter(r -> r.get("model").asText().equals("llm-single")).toList());
            assertThat(scenarios.get("llm-offline").get("kind").asText()).isEqualTo("offline");
            assertThat(scenarios.get("llm-offline").get("concurrency").asInt()).isEqualTo(4);
            assertThat(scenarios.get("llm-offline").get("queries").asInt()).isEqualTo(24);
            assertMaxRateSearched(scenarios.get("llm-max-rate"), 5, 100);
            // Every query of every scenario (probes included) reached the server: 24 per model, 20 per probe
            // (at least: the client retries a call whose connection fails).
            int probes = scenarios.get("llm-max-rate").at("/search/probes").size();
            assertThat(server.requestCount()).isGreaterThanOrEqualTo(3 * 24 + 20 * probes);
        }
    }

    @Test
    void anOnnxModelRunsUnderEveryOtherScenario() {
        BenchmarkRun run = BenchmarkRun.of(temp.resolve("out"), ScenarioTestCase.OnnxScenarios.class);

        assertThat(run.results().testEvents().failed().count()).as(failures(run)).isZero();
        Map<String, JsonNode> scenarios = scenariosByModel(run);
        assertEveryCaseOnceAndOk(run, List.of("logreg-single", "logreg-server", "logreg-max-rate"), 143);
        assertThat(scenarios.get("logreg-single").get("kind").asText()).isEqualTo("single_stream");
        assertThat(scenarios.get("logreg-single").get("queries").asInt()).isEqualTo(143);
        assertOneAtATime(run.journal().stream().filter(r -> r.get("model").asText().equals("logreg-single")).toList());
        JsonNode server = scenarios.get("logreg-server");
        assertThat(server.get("kind").asText()).isEqualTo("server");
        assertThat(server.get("verdict").asText()).as(server.toString()).isEqualTo("VALID");
        assertThat(server.get("scheduled_qps").asDouble()).isEqualTo(
                ArrivalSchedule.poisson(100, 143, server.get("seed").asLong()).scheduledQps(), within(1e-3));
        assertMaxRateSearched(scenarios.get("logreg-max-rate"), 20, 400);
        for (JsonNode m : run.summary().at("/benchmarks/0/models")) {
            assertThat(m.at("/metrics/accuracy/value").asDouble()).isCloseTo(0.986, within(0.001));
            assertThat(m.at("/runtime/execution_provider").asText()).isEqualTo("CPU");
        }
    }

    /** No call starts before the one before it ended. */
    private static void assertOneAtATime(List<JsonNode> records) {
        List<JsonNode> byStart = records.stream().sorted(Comparator.comparingLong(r -> r.get("started_at_ms").asLong()))
                .toList();
        for (int i = 1; i < byStart.size(); i++) {
            assertThat(byStart.get(i).get("started_at_ms").asLong()).as("call %d starts after call %d ends", i, i - 1)
                    .isGreaterThanOrEqualTo(byStart.get(i - 1).get("finished_at_ms").asLong());
        }
    }

    private static Map<String, JsonNode> scenariosByModel(BenchmarkRun run) {
        Map<String, JsonNode> out = new HashMap<>();
        run.summary().at("/benchmarks/0/models").forEach(m -> out.put(m.get("model").asText(), m.get("scenario")));
        return out;
    }

    /** Each model journaled every case once, all ok, and its summary holds its scenario. */
    private static void assertEveryCaseOnceAndOk(BenchmarkRun run, List<String> models, int cases) {
        Map<String, List<JsonNode>> byModel = run.journal().stream()
                .collect(Collectors.groupingBy(r -> r.get("model").asText()));
        assertThat(byModel).containsOnlyKeys(models);
        byModel.forEach((model, records) -> {
            assertThat(records).as(model).hasSize(cases)
                    .allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("ok"));
            assertThat(records.stream().map(r -> r.get("case").asText()).distinct()).as(model).hasSize(cases);
        });
        assertThat(scenariosByModel(run)).containsOnlyKeys(models).allSatisfy((model, s) -> assertThat(s.isObject())
                .as(model + " has its scenario in summary.json").isTrue());
    }

    /** The search probed the declared bounds first, then found a rate between them and ran the cases at it. */
    private static void assertMaxRateSearched(JsonNode s, double minQps, double maxQps) {
        JsonNode search = s.get("search");
        assertThat(search).as(s.toString()).isNotNull();
        assertThat(search.at("/probes/0/target_qps").asDouble()).isEqualTo(minQps);
        assertThat(search.at("/probes/0/verdict").asText()).as(search.toString()).isEqualTo("VALID");
        double found = search.get("max_valid_qps").asDouble();
        assertThat(found).isBetween(minQps, maxQps);
        assertThat(s.get("kind").asText()).isEqualTo("server");
        assertThat(s.get("target_qps").asDouble()).isEqualTo(found);
    }

    @Test
    void anOnnxModelRunsOfflineFromWorkersAndInBatchesWithTheSameResults() {
        BenchmarkRun run = BenchmarkRun.of(temp.resolve("out"), ScenarioTestCase.OnnxOffline.class);

        assertThat(run.results().testEvents().failed().count()).as(failures(run)).isZero();
        // Every call on one of the four workers; how many of them got work depends on how fast the first
        // ones drain 143 sub-millisecond cases, so only the upper bound is fixed.
        assertThat(ScenarioTestCase.THREADS).isNotEmpty().hasSizeLessThanOrEqualTo(4)
                .allMatch(t -> t.matches("assay-logreg-[1-4]"));
        Map<String, List<JsonNode>> byModel = run.journal().stream()
                .collect(Collectors.groupingBy(r -> r.get("model").asText()));
        assertThat(byModel.get("logreg")).hasSize(143);
        assertThat(byModel.get("logreg-batch32")).hasSize(143);
        JsonNode models = run.summary().at("/benchmarks/0/models");
        for (JsonNode m : models) {
            assertThat(m.at("/metrics/accuracy/value").asDouble()).isCloseTo(0.986, within(0.001));
            assertThat(m.at("/runtime/execution_provider").asText()).isEqualTo("CPU");
            assertThat(m.at("/scenario/kind").asText()).isEqualTo("offline");
        }
        List<JsonNode> list = StreamSupport.stream(models.spliterator(), false).toList();
        assertThat(list).extracting(m -> m.at("/scenario/queries").asInt()).containsExactly(143, 5);
    }

    @Test
    void assayReportRebuildsTheScenarioFromTheRunFolderAndFailsOnAnInvalidOne() throws IOException {
        BenchmarkRun run = run(40, ScenarioTestCase.ServerOverloaded.class);
        JsonNode written = scenario(run);

        CliCall call = CliCall.of("report", "--out", temp.resolve("rebuilt").toString(), run.runDir().toString());

        assertThat(call.status()).as(call.out() + call.err()).isEqualTo(1);
        JsonNode rebuilt = Contracts.assertSummaryConforms(temp.resolve("rebuilt/summary.json"))
                .at("/benchmarks/0/models/0/scenario");
        assertThat(rebuilt).isEqualTo(written);
        assertThat(call.out()).contains("  overloaded  server @ 200/s: issued ",
                "[assay] FAIL server-overloaded \u203a overloaded: scenario server @ 200/s is INVALID (seed ");
    }

    @Test
    void scenariosOfSeveralModelsRunInParallelAndEachSummaryGetsItsFigures() throws IOException {
        Map<String, String> parallel = Map.of("junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");
        Map<String, String> config = new HashMap<>(parallel);
        config.put("assay.root", BinaryCases.write(temp.resolve("data"), 30, 3).toString());

        BenchmarkRun run = BenchmarkRun.of(temp.resolve("out"), config, ScenarioTestCase.Offline.class,
                ScenarioTestCase.ServerHeld.class, ScenarioTestCase.SingleStream.class);

        assertThat(run.results().testEvents().failed().count()).as(failures(run)).isZero();
        assertThat(run.journal()).hasSize(90);
        JsonNode summary = run.summary();
        Map<String, String> kinds = new HashMap<>();
        summary.get("benchmarks").forEach(b -> b.get("models").forEach(m -> kinds.put(m.get("model").asText(),
                m.at("/scenario/kind").asText())));
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of("workers", "offline", "held", "server",
                "local", "single_stream"));
    }

    @Test
    void aQueryThatThrowsIsRecordedAsAnErrorAndFailsTheScenarioNodeWithTheCount() throws IOException {
        BenchmarkRun run = run(10, ScenarioTestCase.OneThrows.class);

        List<JsonNode> journal = run.journal();
        assertThat(journal).hasSize(10);
        JsonNode broken = journal.stream().filter(r -> r.get("case").asText().equals("c003")).findFirst().orElseThrow();
        assertThat(broken.get("status").asText()).isEqualTo("error");
        assertThat(broken.get("error").asText()).isEqualTo("IllegalStateException: model crashed on c003");
        List<Event> failed = run.results().testEvents().failed().list();
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).getTestDescriptor().getDisplayName()).isEqualTo("flaky \u203a scenario offline \u00d7 2");
        assertThat(message(failed.get(0))).isEqualTo("1 of 10 queries of model [flaky] threw under scenario [offline "
                + "\u00d7 2]; the first, on case [c003]: IllegalStateException: model crashed on c003");
        assertThat(run.summary().at("/benchmarks/0/models/0/n_ok").asInt()).isEqualTo(9);
    }

    @Test
    void aSetUpThatFailsBeforeTheScenarioStillRecordsEveryCase() throws IOException {
        BenchmarkRun run = run(6, ScenarioTestCase.BrokenSetup.class);

        assertThat(run.journal()).hasSize(6).allSatisfy(r -> {
            assertThat(r.get("status").asText()).isEqualTo("error");
            assertThat(r.get("error").asText()).isEqualTo("IllegalStateException: the model file is missing");
        });
        assertThat(run.summary().at("/benchmarks/0/models/0/n").asInt()).isEqualTo(6);
        assertThat(run.summary().at("/benchmarks/0/models/0/scenario").isMissingNode()).isTrue();
    }

    @Test
    void aServerScenarioWithoutARateIsAConfigurationError() throws IOException {
        BenchmarkRun run = run(4, ScenarioTestCase.NoRate.class);

        assertThat(run.configurationError()).isEqualTo("Configuration error: @Scenario(SERVER) on [noRate(BenchmarkCase, "
                + "Outcome)] has no target rate; set targetQps (queries per second, such as 50), or findMaxRate = "
                + "true with minQps and maxQps");
    }

    private static String message(Event event) {
        return event.getRequiredPayload(TestExecutionResult.class).getThrowable().map(Throwable::getMessage).orElse("");
    }

    private static String failures(BenchmarkRun run) {
        return run.results().allEvents().failed().stream()
                .map(e -> e.getTestDescriptor().getDisplayName() + ": " + message(e)).collect(Collectors.joining("\n"));
    }
}
