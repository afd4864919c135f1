package dev.assay.junit;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Compare;
import dev.assay.api.Outcome;
import dev.assay.api.Task;

/**
 * Fixture for order-independent comparisons: two {@code @Compare} pairs corrected together, the
 * baselines run one round and the candidates two, and every call sleeps a case-dependent time, so
 * under parallel execution cases finish in an order unlike the dataset's. Each case carries two
 * uniform draws {@code u} and {@code v}; the models' errors are built from them, so the same dataset
 * always gives the same predictions.
 */
@Benchmark("order-independent")
@CaseSource("cases.jsonl")
@Compare(baseline = "a-base", candidate = "b-cand")
@Compare(baseline = "c-base", candidate = "d-cand")
class OrderIndependentComparisonsTestCase {

    private static double answer(BenchmarkCase c, Outcome out, double noise, double bias) throws InterruptedException {
        // A sleep that differs by case and round reorders the finishing cases when they run concurrently.
        Thread.sleep((c.id().hashCode() * 31L + c.round() * 7L & 0x7) + 1);
        double draw = c.round() == 0 ? c.number("u") : c.number("v");
        return c.expectedNumber() + bias + noise * (draw - 0.5);
    }

    @BenchmarkTest(model = "a-base", task = Task.REGRESSION)
    void aBase(BenchmarkCase c, Outcome out) throws InterruptedException {
        out.predict(answer(c, out, 12, 0));
    }

    @BenchmarkTest(model = "b-cand", task = Task.REGRESSION, rounds = 2)
    void bCand(BenchmarkCase c, Outcome out) throws InterruptedException {
        out.predict(answer(c, out, 9, 0.5));
    }

    @BenchmarkTest(model = "c-base", task = Task.REGRESSION)
    void cBase(BenchmarkCase c, Outcome out) throws InterruptedException {
        out.predict(answer(c, out, 8, 0));
    }

    @BenchmarkTest(model = "d-cand", task = Task.REGRESSION, rounds = 2)
    void dCand(BenchmarkCase c, Outcome out) throws InterruptedException {
        out.predict(answer(c, out, 10, -0.3));
    }
}
