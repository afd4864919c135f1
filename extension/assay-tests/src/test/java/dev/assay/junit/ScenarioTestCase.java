package dev.assay.junit;

import ai.onnxruntime.OrtSession;
import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseBatch;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;
import dev.assay.api.Scenario;
import dev.assay.api.Task;
import dev.assay.llm.ChatClient;
import dev.assay.llm.ChatResponse;
import dev.assay.llm.Provider;
import dev.assay.onnx.Onnx;
import dev.assay.onnx.OnnxResult;
import dev.assay.onnx.OnnxRun;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Engine fixtures of {@link ScenarioTest}: run by it, never on their own. Except for the ONNX ones,
 * the dataset comes from the test ({@code cases.jsonl}, pos/neg alternating).
 */
class ScenarioTestCase {

    /** The breast-cancer classifier every ONNX fixture loads. */
    static final String LOGREG = "fixtures/models/breast-cancer-logreg.onnx";

    /** Calls running now. */
    static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    /** The most calls seen running at once. */
    static final AtomicInteger MOST_IN_FLIGHT = new AtomicInteger();
    /** The threads that called the model. */
    static final Set<String> THREADS = ConcurrentHashMap.newKeySet();
    /** How often each case was handed to the model. */
    static final Map<String, Integer> CALLS = new ConcurrentHashMap<>();
    /** A model with one worker: calls queue for it in arrival order. */
    private static final ReentrantLock ONE_WORKER = new ReentrantLock(true);

    static void reset() {
        IN_FLIGHT.set(0);
        MOST_IN_FLIGHT.set(0);
        THREADS.clear();
        CALLS.clear();
    }

    /** Counts a call of {@code cases} that takes {@code ms}, any number of them at once. */
    static void call(List<BenchmarkCase> cases, long ms) throws InterruptedException {
        MOST_IN_FLIGHT.accumulateAndGet(IN_FLIGHT.incrementAndGet(), Math::max);
        THREADS.add(Thread.currentThread().getName());
        cases.forEach(c -> CALLS.merge(c.id() + "/" + c.round(), 1, Integer::sum));
        try {
            Thread.sleep(ms);
        } finally {
            IN_FLIGHT.decrementAndGet();
        }
    }

    /** A call served by the one worker, {@code ms} each: the model's capacity is 1000 / ms calls a second. */
    static void oneWorker(BenchmarkCase c, long ms) throws InterruptedException {
        ONE_WORKER.lock();
        try {
            call(List.of(c), ms);
        } finally {
            ONE_WORKER.unlock();
        }
    }

    @Benchmark("single-stream")
    @CaseSource("cases.jsonl")
    static class SingleStream {

        @BenchmarkTest(model = "local")
        @Scenario(Scenario.Kind.SINGLE_STREAM)
        void local(BenchmarkCase c, Outcome out) throws InterruptedException {
            call(List.of(c), 3);
            out.predict(c.expectedText());
        }
    }

    @Benchmark("offline")
    @CaseSource("cases.jsonl")
    static class Offline {

        @BenchmarkTest(model = "workers")
        @Scenario(value = Scenario.Kind.OFFLINE, concurrency = 4)
        void workers(BenchmarkCase c, Outcome out) throws InterruptedException {
            call(List.of(c), 20);
            out.predict(c.expectedText());
        }
    }

    @Benchmark("offline-batches")
    @CaseSource("cases.jsonl")
    static class OfflineBatches {

        @BenchmarkTest(model = "batched", batch = 8, rounds = 2)
        @Scenario(value = Scenario.Kind.OFFLINE, concurrency = 2)
        void batched(CaseBatch batch) throws InterruptedException {
            call(batch.cases(), 10);
            for (int i = 0; i < batch.size(); i++) {
                batch.outcome(i).predict(batch.get(i).expectedText());
            }
        }
    }

    /** One worker of 10 ms (100/s) at 10/s: it keeps up easily. */
    @Benchmark("server-held")
    @CaseSource("cases.jsonl")
    static class ServerHeld {

        @BenchmarkTest(model = "held")
        // A 20% rate tolerance: on a loaded 2-core CI machine the issuing thread itself can be late.
        @Scenario(value = Scenario.Kind.SERVER, targetQps = 10, latencyBoundMs = 250, percentile = 90, rateTolerance = 0.2)
        void held(BenchmarkCase c, Outcome out) throws InterruptedException {
            oneWorker(c, 10);
            out.predict(c.expectedText());
        }
    }

    /** One worker of 40 ms (25/s) at 200/s: the queue grows with every arrival. */
    @Benchmark("server-overloaded")
    @CaseSource("cases.jsonl")
    static class ServerOverloaded {

        @BenchmarkTest(model = "overloaded")
        @Scenario(value = Scenario.Kind.SERVER, targetQps = 200, latencyBoundMs = 100, percentile = 99)
        void overloaded(BenchmarkCase c, Outcome out) throws InterruptedException {
            oneWorker(c, 40);
            out.predict(c.expectedText());
        }
    }

    /** One worker of 20 ms (50/s): the highest valid rate lies below 50/s. */
    @Benchmark("server-max-rate")
    @CaseSource("cases.jsonl")
    static class MaxRate {

        @BenchmarkTest(model = "capacity-50")
        @Scenario(value = Scenario.Kind.SERVER, findMaxRate = true, minQps = 15, maxQps = 400, probeQueries = 40,
                probes = 8, latencyBoundMs = 100, percentile = 90)
        void capacity(BenchmarkCase c, Outcome out) throws InterruptedException {
            oneWorker(c, 20);
            out.predict(c.expectedText());
        }
    }

    /** Case c003 throws; the others predict. */
    @Benchmark("one-throws")
    @CaseSource("cases.jsonl")
    static class OneThrows {

        @BenchmarkTest(model = "flaky")
        @Scenario(value = Scenario.Kind.OFFLINE, concurrency = 2)
        void flaky(BenchmarkCase c, Outcome out) {
            if (c.id().equals("c003")) {
                throw new IllegalStateException("model crashed on " + c.id());
            }
            out.predict(c.expectedText());
        }
    }

    /** Set-up fails before the scenario can begin. */
    @Benchmark("broken-setup")
    @CaseSource("cases.jsonl")
    static class BrokenSetup {

        @org.junit.jupiter.api.BeforeEach
        void load() {
            throw new IllegalStateException("the model file is missing");
        }

        @BenchmarkTest(model = "unloaded")
        @Scenario(Scenario.Kind.SINGLE_STREAM)
        void unloaded(BenchmarkCase c, Outcome out) {
            out.predict(c.expectedText());
        }
    }

    @Benchmark("bad-scenario")
    @CaseSource("cases.jsonl")
    static class NoRate {

        @BenchmarkTest(model = "no-rate")
        @Scenario(Scenario.Kind.SERVER)
        void noRate(BenchmarkCase c, Outcome out) {
            out.predict(c.expectedText());
        }
    }

    /** An LLM behind the stand-in server (real HTTP), at 20 queries a second after two warmup calls. */
    @Benchmark("provider-server")
    @CaseSource("cases.jsonl")
    static class ProviderServer {

        @BenchmarkTest(model = "stand-in", task = Task.CLASSIFICATION, warmup = 2)
        @Scenario(value = Scenario.Kind.SERVER, targetQps = 20, latencyBoundMs = 1000, percentile = 90)
        void standIn(BenchmarkCase c, Outcome out, @Provider("standin:m") ChatClient llm) {
            THREADS.add(Thread.currentThread().getName());
            ChatResponse r = llm.chat("case " + c.id());
            r.recordTo(out);
            out.predict(r.text().strip());
        }
    }

    /** The breast-cancer classifier offline: four workers of one case each, and batches of 32 from two. */
    @Benchmark("breast-cancer-offline")
    @CaseSource("fixtures/datasets/breast-cancer-test.jsonl")
    static class OnnxOffline {

        @BenchmarkTest(model = "logreg", task = Task.CLASSIFICATION)
        @Scenario(value = Scenario.Kind.OFFLINE, concurrency = 4)
        void logreg(BenchmarkCase c, Outcome out,
                    @Onnx(value = LOGREG, device = Onnx.Device.CPU) OrtSession s)
                throws Exception {
            classify(c, out, s);
        }

        @BenchmarkTest(model = "logreg-batch32", task = Task.CLASSIFICATION, batch = 32)
        @Scenario(value = Scenario.Kind.OFFLINE, concurrency = 2)
        void batched(CaseBatch batch,
                     @Onnx(value = LOGREG, device = Onnx.Device.CPU) OrtSession s)
                throws Exception {
            try (OnnxResult r = OnnxRun.of(s).batch("features", batch.cases(), c -> c.input("features")).run()) {
                List<String> labels = r.labels("label");
                for (int i = 0; i < batch.size(); i++) {
                    batch.outcome(i).predict(labels.get(i));
                }
            }
        }
    }

    /**
     * An LLM behind the stand-in server under the scenarios {@link ProviderServer} does not cover: one
     * query at a time, every case at once from four workers, and the highest rate it holds.
     */
    @Benchmark("provider-scenarios")
    @CaseSource("cases.jsonl")
    static class ProviderScenarios {

        @BenchmarkTest(model = "llm-single", task = Task.CLASSIFICATION)
        @Scenario(Scenario.Kind.SINGLE_STREAM)
        void single(BenchmarkCase c, Outcome out, @Provider("standin:m") ChatClient llm) {
            ask(c, out, llm);
        }

        @BenchmarkTest(model = "llm-offline", task = Task.CLASSIFICATION)
        @Scenario(value = Scenario.Kind.OFFLINE, concurrency = 4)
        void offline(BenchmarkCase c, Outcome out, @Provider("standin:m") ChatClient llm) {
            ask(c, out, llm);
        }

        @BenchmarkTest(model = "llm-max-rate", task = Task.CLASSIFICATION)
        @Scenario(value = Scenario.Kind.SERVER, findMaxRate = true, minQps = 5, maxQps = 100, probeQueries = 20,
                probes = 4, latencyBoundMs = 2000, percentile = 90)
        void maxRate(BenchmarkCase c, Outcome out, @Provider("standin:m") ChatClient llm) {
            ask(c, out, llm);
        }

        private static void ask(BenchmarkCase c, Outcome out, ChatClient llm) {
            call(c);
            ChatResponse r = llm.chat("case " + c.id());
            r.recordTo(out);
            out.predict(r.text().strip());
        }
    }

    /**
     * The breast-cancer classifier under the scenarios {@link OnnxOffline} does not cover: one query at a
     * time, Poisson arrivals at 100 a second, and the highest rate it holds.
     */
    @Benchmark("breast-cancer-scenarios")
    @CaseSource("fixtures/datasets/breast-cancer-test.jsonl")
    static class OnnxScenarios {

        @BenchmarkTest(model = "logreg-single", task = Task.CLASSIFICATION)
        @Scenario(Scenario.Kind.SINGLE_STREAM)
        void single(BenchmarkCase c, Outcome out,
                    @Onnx(value = LOGREG, device = Onnx.Device.CPU) OrtSession s)
                throws Exception {
            classify(c, out, s);
        }

        @BenchmarkTest(model = "logreg-server", task = Task.CLASSIFICATION)
        @Scenario(value = Scenario.Kind.SERVER, targetQps = 100, latencyBoundMs = 1000, percentile = 90,
                rateTolerance = 0.2)
        void server(BenchmarkCase c, Outcome out,
                    @Onnx(value = LOGREG, device = Onnx.Device.CPU) OrtSession s)
                throws Exception {
            classify(c, out, s);
        }

        @BenchmarkTest(model = "logreg-max-rate", task = Task.CLASSIFICATION)
        @Scenario(value = Scenario.Kind.SERVER, findMaxRate = true, minQps = 20, maxQps = 400, probeQueries = 40,
                probes = 4, latencyBoundMs = 1000, percentile = 90)
        void maxRate(BenchmarkCase c, Outcome out,
                     @Onnx(value = LOGREG, device = Onnx.Device.CPU) OrtSession s)
                throws Exception {
            classify(c, out, s);
        }
    }

    /** One case through the breast-cancer classifier, counted as a call. */
    private static void classify(BenchmarkCase c, Outcome out, OrtSession s) throws Exception {
        call(c);
        try (OnnxResult r = OnnxRun.of(s).input("features", c.input("features")).run()) {
            out.predict(r.label("label")).probabilities(r.probabilities("probabilities"));
        }
    }

    /** Counts a query of one case (no delay of its own: the model's time is what it takes). */
    private static void call(BenchmarkCase c) {
        try {
            call(List.of(c), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
