package dev.assay.llm.external;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;
import dev.assay.api.Scenario;
import dev.assay.api.Task;
import dev.assay.llm.ChatClient;
import dev.assay.llm.Provider;

/** Fixture for {@link ExternalServerBenchmark}: Assay's LLM path under the {@code OFFLINE} scenario, 16 workers. */
@Benchmark("external-llm-offline")
@CaseSource("cases.jsonl")
public class AssayOfflineTestCase {

    @BenchmarkTest(model = "stand-in", task = Task.CLASSIFICATION)
    @Scenario(value = Scenario.Kind.OFFLINE, concurrency = 16)
    void standIn(BenchmarkCase c, Outcome out, @Provider("standin:m") ChatClient llm) {
        ExternalRun.ask(c, out, llm);
    }
}
