package dev.assay.junit;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Compare;
import dev.assay.api.Outcome;

/**
 * Fixtures for comparisons. Each case carries a uniform draw {@code u}; a model with skill s is right
 * when {@code u < s}, so the stronger model is right wherever the weaker one is: a real difference
 * of (s₁ − s₀) in accuracy. The dataset comes from the test ({@code assay.root} points at it).
 */
class CompareTestCase {

    abstract static class Models {
        private static Object answer(BenchmarkCase c, double skill) {
            boolean right = c.number("u") < skill;
            String truth = c.expectedText();
            return right ? truth : (truth.equals("pos") ? "neg" : "pos");
        }

        @BenchmarkTest(model = "weak")
        void weak(BenchmarkCase c, Outcome out) {
            out.predict(answer(c, 0.70));
        }

        @BenchmarkTest(model = "strong")
        void strong(BenchmarkCase c, Outcome out) {
            out.predict(answer(c, 0.85));
        }
    }

    @Benchmark("upgrade")
    @CaseSource("cases.jsonl")
    @Compare(baseline = "weak", candidate = "strong")
    static class Upgrade extends Models {
    }

    @Benchmark("downgrade")
    @CaseSource("cases.jsonl")
    @Compare(baseline = "strong", candidate = "weak")
    static class Downgrade extends Models {
    }
}
