package dev.assay.junit;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.CaseThreshold;
import dev.assay.api.Outcome;
import dev.assay.api.Task;

/** Fixtures for rounds: models whose answers change from round to round in known ways. */
class RoundsTestCase {

    /** Right on every case except s4 (always wrong) and s2 in round 2 of 3 (wrong once). */
    @Benchmark("wobbly")
    @CaseSource("datasets/tiny-sentiment.jsonl")
    static class Labels {
        @BenchmarkTest(model = "wobbly", rounds = 3)
        void wobbly(BenchmarkCase c, Outcome out) {
            boolean wrong = c.id().equals("s4") || (c.id().equals("s2") && c.round() == 1);
            String truth = c.expectedText();
            out.predict(wrong ? (truth.equals("pos") ? "neg" : "pos") : truth);
        }
    }

    /** Exact on every case except [a], which drifts by one per round; passes while |error| <= 1. */
    @Benchmark("drifting")
    @CaseSource("datasets/tiny-regression.jsonl")
    @CaseThreshold(metric = "absolute_error", max = 1)
    static class Scores {
        @BenchmarkTest(model = "drift", task = Task.REGRESSION, rounds = 3)
        void drift(BenchmarkCase c, Outcome out) {
            out.predict(c.expectedNumber() + (c.id().equals("a") ? c.round() : 0));
        }
    }
}
