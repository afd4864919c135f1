package dev.assay.suites.support;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.ExtractionSchema;
import dev.assay.api.Outcome;
import dev.assay.api.Scenario;
import dev.assay.api.Task;
import dev.assay.api.Threshold;
import dev.assay.llm.ChatClient;
import dev.assay.llm.Provider;

/**
 * Seed 003's ticket extraction under load (issue 14): gemma2 turns the generated customer messages
 * ({@code customer-service-tickets.jsonl}) into support tickets while queries arrive as an MLPerf
 * LoadGen {@code server} scenario, seeded Poisson arrivals at 30 a second, each issued at its time
 * whether or not earlier replies are back. Every call goes over real HTTP to a <b>live</b> server:
 * {@link CustomerServiceLoadTest} starts the stand-in ({@link SupportStandIn}) on 127.0.0.1 with a
 * fixed reply delay and runs this class alone with {@code assay.provider.mode=live}, while the other
 * LLM suites replay their recordings. Not a {@code *Benchmark}, so Surefire runs it only through that
 * test.
 *
 * <p>Twenty rounds of the 14 tickets give 280 queries, about nine seconds at 30 a second: enough for
 * LoadGen's p99 (the sorted latencies' 278th) to mean something, short enough for every CI run. The
 * bound, 1 s against a 30 ms reply, is not about the stand-in's speed: it catches a client or harness
 * that cannot keep up, whose queue, and so latency from the scheduled time, grows with every second
 * of the run. The rate tolerance is wider than LoadGen's 5% because the issuing thread shares the 2
 * cores of a CI runner with the server, the JIT and often another build.
 */
@Benchmark("customer-service-tickets-load")
@CaseSource("fixtures/datasets/customer-service-tickets.jsonl")
@ExtractionSchema("fixtures/schemas/support-ticket.schema.json")
@Threshold(metric = "json_valid_rate", min = 0.95)
@Threshold(metric = "schema_valid_rate", min = 0.95)
@Threshold(metric = "field_accuracy", min = 0.6)
class CustomerServiceLoadSuite {

    /** The arrival rate, in queries per second; the test reads it from here. */
    static final double TARGET_QPS = 30;

    /** The dataset's passes: 14 tickets, each asked once per round. */
    static final int ROUNDS = 20;

    /** Warmup calls before the scenario: the HTTP client's connections and the JIT, out of the measured run. */
    static final int WARMUP = 5;

    @BenchmarkTest(model = "gemma2", task = Task.EXTRACTION, rounds = ROUNDS, warmup = WARMUP)
    @Scenario(value = Scenario.Kind.SERVER, targetQps = TARGET_QPS, latencyBoundMs = 1000, percentile = 99,
            rateTolerance = 0.2)
    void gemma2(BenchmarkCase c, Outcome out, @Provider(value = "groq:" + SupportStandIn.MODEL_B, temperature = 0.7,
            system = CustomerServiceTicketBenchmark.EXTRACT) ChatClient llm) {
        out.predict(llm.chat(c.text("prompt")).recordTo(out).text());
    }
}
