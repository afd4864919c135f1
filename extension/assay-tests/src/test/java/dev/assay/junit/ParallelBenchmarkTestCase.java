package dev.assay.junit;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Compare;
import dev.assay.api.Outcome;
import dev.assay.api.Threshold;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixture for parallel execution: two models, three rounds of six cases each, every call sleeping
 * so cases overlap when they run concurrently; the most calls seen at once is kept for the test.
 */
@Benchmark("parallel")
@CaseSource("datasets/tiny-sentiment.jsonl")
@Threshold(metric = "accuracy", min = 0.5)
@Compare(baseline = "a", candidate = "b")
class ParallelBenchmarkTestCase {

    static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    static final AtomicInteger MOST_IN_FLIGHT = new AtomicInteger();

    static void reset() {
        IN_FLIGHT.set(0);
        MOST_IN_FLIGHT.set(0);
    }

    private static void call(BenchmarkCase c, Outcome out, boolean flip) throws InterruptedException {
        MOST_IN_FLIGHT.accumulateAndGet(IN_FLIGHT.incrementAndGet(), Math::max);
        try {
            Thread.sleep(Long.getLong("parallel.sleepMs", 40));
        } finally {
            IN_FLIGHT.decrementAndGet();
        }
        String truth = c.expectedText();
        out.predict(flip && c.id().equals("s1") ? (truth.equals("pos") ? "neg" : "pos") : truth);
    }

    @BenchmarkTest(model = "a", rounds = 3)
    void a(BenchmarkCase c, Outcome out) throws InterruptedException {
        call(c, out, true);
    }

    @BenchmarkTest(model = "b", rounds = 3)
    void b(BenchmarkCase c, Outcome out) throws InterruptedException {
        call(c, out, false);
    }
}
