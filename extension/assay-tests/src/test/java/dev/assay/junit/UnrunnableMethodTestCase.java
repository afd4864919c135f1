package dev.assay.junit;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;

/** Engine fixtures: run by UnrunnableMethodTest, never on their own. */
class UnrunnableMethodTestCase {

    /** Every method returns its prediction: Jupiter would not discover the class at all. */
    @Benchmark("returns-only")
    @CaseSource("datasets/tiny-sentiment.jsonl")
    static class ReturnsOnly {

        @BenchmarkTest(model = "lexicon")
        String lexicon(BenchmarkCase c, Outcome out) {
            return "pos";
        }
    }

    /** One method runs, one is static, one private: the class fails before any case. */
    @Benchmark("mixed")
    @CaseSource("datasets/tiny-sentiment.jsonl")
    static class Mixed {

        @BenchmarkTest(model = "fine")
        void fine(BenchmarkCase c, Outcome out) {
            out.predict("pos");
        }

        @BenchmarkTest(model = "static")
        static void shared(BenchmarkCase c, Outcome out) {
            out.predict("pos");
        }

        @BenchmarkTest(model = "hidden")
        private void hidden(BenchmarkCase c, Outcome out) {
            out.predict("pos");
        }
    }
}
