package dev.assay.llm;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;
import dev.assay.api.Task;

/** Fixture: 1,000 cases against the stand-in (configured as provider [standin]) while it injects faults. */
@Benchmark("provider-faults")
@CaseSource("provider/fault-cases.jsonl")
class FaultInjectionBenchmarkTestCase {

    @BenchmarkTest(model = "stand-in", task = Task.CLASSIFICATION)
    void standIn(BenchmarkCase c, Outcome out, @Provider(value = "standin:m1", temperature = 0) ChatClient llm) {
        ChatResponse r = llm.chat(c.text("prompt"));
        r.recordTo(out);
        out.predict(r.text().strip());
    }
}
