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
public class CompareTestCase {

    abstract static class Models {
        static Object answer(BenchmarkCase c, double skill) {
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
    public static class Upgrade extends Models {
    }

    @Benchmark("downgrade")
    @CaseSource("cases.jsonl")
    @Compare(baseline = "strong", candidate = "weak")
    public static class Downgrade extends Models {
    }

    /**
     * Two models that disagree on one case in fifty, as often one way as the other: equivalent within a
     * declared 0.05.
     */
    @Benchmark("twins")
    @CaseSource("cases.jsonl")
    @Compare(baseline = "twin-a", candidate = "twin-b", tolerance = 0.05)
    static class Twins {
        @BenchmarkTest(model = "twin-a")
        void a(BenchmarkCase c, Outcome out) {
            out.predict(Models.answer(c, 0.80));
        }

        @BenchmarkTest(model = "twin-b")
        void b(BenchmarkCase c, Outcome out) {
            double u = c.number("u");
            out.predict(Models.answer(c, u >= 0.40 && u < 0.41 ? 0.0 : 0.81));
        }
    }
}
