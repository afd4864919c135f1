package dev.assay.bench;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;
import dev.assay.api.Task;

/** Benchmark fixture: a trivial regression model over the overhead dataset, run through Assay. */
@Benchmark("overhead")
@CaseSource("overhead.csv")
public class TrivialAssayTestCase {

    @BenchmarkTest(model = "identity", task = Task.REGRESSION)
    void identity(BenchmarkCase c, Outcome out) {
        out.predict(c.number("x") * 2);
    }
}
