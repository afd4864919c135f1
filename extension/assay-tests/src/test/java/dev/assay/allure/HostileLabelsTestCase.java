package dev.assay.allure;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Compare;
import dev.assay.api.Outcome;
import dev.assay.api.Task;
import java.util.Map;

/** Engine fixture, run by HostileLabelsTest: labels of 1 MB, with control characters, with a broken surrogate. */
@Benchmark("hostile-labels")
@CaseSource("hostile.jsonl")
@Compare(baseline = "constant", candidate = "echo")
class HostileLabelsTestCase {

    @BenchmarkTest(model = "echo", task = Task.CLASSIFICATION)
    void echo(BenchmarkCase c, Outcome out) {
        // Right on most cases, and a label of its own on every fourth: every odd label reaches the charts.
        String label = c.id().endsWith("3") ? "reply\u001b[2J\u0007 of its own" : c.expectedText();
        out.predict(label).probabilities(label.equals("ok") ? Map.of("ok", 1.0) : Map.of(label, 0.8, "ok", 0.2));
    }

    @BenchmarkTest(model = "constant", task = Task.CLASSIFICATION)
    void constant(BenchmarkCase c, Outcome out) {
        out.predict("ok");
    }
}
