package dev.assay.junit;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;
import dev.assay.api.Threshold;

/** Fixture: two regression models over four cases; one misses its MAE threshold, one throws on case c. */
@Benchmark("tiny")
@CaseSource("datasets/tiny-regression.jsonl")
@Threshold(metric = "mae", max = 3)
public class RegressionBenchmarkTestCase {

    @BenchmarkTest(model = "exact")
    void exact(BenchmarkCase c, Outcome out) {
        out.predict(c.number("x") * 10);
    }

    @BenchmarkTest(model = "off")
    void off(BenchmarkCase c, Outcome out) {
        if (c.id().equals("c")) {
            throw new IllegalStateException("model crashed");
        }
        out.predict(c.number("x") * 10 + 5);
    }
}
