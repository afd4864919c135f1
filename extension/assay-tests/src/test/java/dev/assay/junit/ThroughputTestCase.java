package dev.assay.junit;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;

/** Fixture: a model whose every call waits 40 ms, as a remote model would; the dataset comes from the test. */
@Benchmark("waits")
@CaseSource("cases.jsonl")
class ThroughputTestCase {

    @BenchmarkTest(model = "remote")
    void remote(BenchmarkCase c, Outcome out) throws InterruptedException {
        Thread.sleep(40);
        out.predict(c.expectedText());
    }
}
