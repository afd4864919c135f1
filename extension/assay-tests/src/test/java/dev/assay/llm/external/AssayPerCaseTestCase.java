package dev.assay.llm.external;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;
import dev.assay.api.Task;
import dev.assay.llm.ChatClient;
import dev.assay.llm.Provider;

/** Fixture for {@link ExternalServerBenchmark}: Assay's LLM path, one test node per case, one stand-in call each. */
@Benchmark("external-llm")
@CaseSource("cases.jsonl")
public class AssayPerCaseTestCase {

    @BenchmarkTest(model = "stand-in", task = Task.CLASSIFICATION)
    void standIn(BenchmarkCase c, Outcome out, @Provider("standin:m") ChatClient llm) {
        ExternalRun.ask(c, out, llm);
    }
}
