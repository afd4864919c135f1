package dev.assay.llm;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;

/** Fixture: calls a provider whose key is the canary; the stand-in rejects it and echoes it back. */
@Benchmark("provider-canary")
@CaseSource("provider/canary-cases.jsonl")
class CanaryBenchmarkTestCase {

    @BenchmarkTest(model = "accepted")
    void accepted(BenchmarkCase c, Outcome out, @Provider("canary:m1") ChatClient llm) {
        ChatResponse r = llm.chat(c.text("prompt"));
        r.recordTo(out);
        out.predict(r.text());
    }

    @BenchmarkTest(model = "rejected")
    void rejected(BenchmarkCase c, Outcome out, @Provider("rejecting:m1") ChatClient llm) {
        out.predict(llm.chat(c.text("prompt")).text());
    }

    @BenchmarkTest(model = "keyless")
    void keyless(BenchmarkCase c, Outcome out, @Provider("nokey:m1") ChatClient llm) {
        out.predict(llm.chat(c.text("prompt")).text());
    }
}
