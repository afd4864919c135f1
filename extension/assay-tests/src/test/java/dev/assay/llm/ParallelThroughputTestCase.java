package dev.assay.llm;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;
import dev.assay.api.Task;
import java.util.concurrent.atomic.AtomicLong;

/** Fixture for {@link AssayParallelThroughputBenchmark}: one stand-in call per case; keeps the first start and last end. */
@Benchmark("provider-throughput")
@CaseSource("cases.jsonl")
class ParallelThroughputTestCase {

    static final AtomicLong FIRST_START = new AtomicLong(Long.MAX_VALUE);
    static final AtomicLong LAST_END = new AtomicLong();

    static void reset() {
        FIRST_START.set(Long.MAX_VALUE);
        LAST_END.set(0);
    }

    @BenchmarkTest(model = "stand-in", task = Task.CLASSIFICATION)
    void standIn(BenchmarkCase c, Outcome out, @Provider("standin:m") ChatClient llm) {
        FIRST_START.accumulateAndGet(System.nanoTime(), Math::min);
        if (Boolean.getBoolean("assay.bench.noHttp")) {
            // The baseline: Assay and JUnit alone, the 50 ms reply as a sleep.
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            out.predict("ok");
            LAST_END.accumulateAndGet(System.nanoTime(), Math::max);
            return;
        }
        ChatResponse r = llm.chat(c.text("prompt"));
        r.recordTo(out);
        out.predict(r.text().strip());
        LAST_END.accumulateAndGet(System.nanoTime(), Math::max);
    }
}
