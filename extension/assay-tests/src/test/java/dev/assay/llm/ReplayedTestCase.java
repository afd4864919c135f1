package dev.assay.llm;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;

/** Fixture, run by ReplayProvenanceTest: one model behind a stand-in, recorded once, then replayed. */
@Benchmark("replayed")
@CaseSource("provider/canary-cases.jsonl")
class ReplayedTestCase {

    @BenchmarkTest(model = "greeter")
    void greeter(BenchmarkCase c, Outcome out, @Provider("standin:m1") ChatClient llm) {
        out.predict(llm.chat(c.text("prompt")).recordTo(out).text());
    }
}
