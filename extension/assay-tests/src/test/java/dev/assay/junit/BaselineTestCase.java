package dev.assay.junit;

import dev.assay.api.Baseline;
import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;

/**
 * Fixtures for stored baselines. Each case carries a uniform draw {@code u}; the model is right when
 * {@code u < skill}, so lowering {@link #skill} between runs is a real regression on known cases.
 * The dataset and the baseline files live under the test's {@code assay.root}.
 */
class BaselineTestCase {

    /** The model's skill for the next run; set by the test before each run. */
    static volatile double skill = 0.85;

    abstract static class Model {
        @BenchmarkTest(model = "m")
        void m(BenchmarkCase c, Outcome out) {
            String truth = c.expectedText();
            out.predict(c.number("u") < skill ? truth : (truth.equals("pos") ? "neg" : "pos"));
        }
    }

    /** Per-case results stored: the paired tests decide. */
    @Benchmark("stored")
    @CaseSource("cases.jsonl")
    @Baseline("baselines/stored.json")
    static class Paired extends Model {
    }

    /** Metrics only, with an allowance of 0.05 accuracy. */
    @Benchmark("stored-metrics")
    @CaseSource("cases.jsonl")
    @Baseline(value = "baselines/metrics.json", cases = false, tolerance = 0.05, metrics = {"accuracy", "success_rate"})
    static class MetricsOnly extends Model {
    }

    /** Metrics only and no allowance: any drop at all regresses. */
    @Benchmark("stored-exact")
    @CaseSource("cases.jsonl")
    @Baseline(value = "baselines/exact.json", cases = false, metrics = {"accuracy"})
    static class MetricsExact extends Model {
    }
}
