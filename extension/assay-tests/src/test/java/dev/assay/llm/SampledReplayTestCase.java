package dev.assay.llm;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;

/** Fixture, run by ParallelReplayTest: a sampled model (three rounds) whose every reply differs. */
@Benchmark("sampled-replay")
@CaseSource("provider/canary-cases.jsonl")
class SampledReplayTestCase {

    @BenchmarkTest(model = "sampler", rounds = 3)
    void sampler(BenchmarkCase c, Outcome out, @Provider(value = "sampler:m1", temperature = 1.0) ChatClient llm) {
        // Two identical requests in one call: the second is its own place too.
        String first = llm.chat(c.text("prompt")).text();
        String second = llm.chat(c.text("prompt")).text();
        out.predict(first + " | " + second);
    }
}
