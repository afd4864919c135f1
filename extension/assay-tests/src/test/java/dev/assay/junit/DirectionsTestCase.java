package dev.assay.junit;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.Better;
import dev.assay.api.CaseSource;
import dev.assay.api.Compare;
import dev.assay.api.Outcome;

/**
 * Fixtures for directions: two models equally right, one dearer and wordier. {@code cost_usd} is
 * lower-is-better by its name, {@code words} by the direction it is recorded with.
 */
class DirectionsTestCase {

    @Benchmark("priced")
    @CaseSource("cases.jsonl")
    @Compare(baseline = "cheap", candidate = "dear")
    static class Priced {
        @BenchmarkTest(model = "cheap")
        void cheap(BenchmarkCase c, Outcome out) {
            out.predict(c.expectedText());
            out.score("cost_usd", 0.001 + 0.001 * c.number("u"));
            out.score("words", 20 + 10 * c.number("u"), Better.LOWER);
        }

        @BenchmarkTest(model = "dear")
        void dear(BenchmarkCase c, Outcome out) {
            out.predict(c.expectedText());
            out.score("cost_usd", 0.010 + 0.001 * c.number("u"));
            out.score("words", 60 + 10 * c.number("u"), Better.LOWER);
        }
    }

    /** One score recorded with two directions: an error naming both and the fix. */
    @Benchmark("confused")
    @CaseSource("cases.jsonl")
    static class Confused {
        @BenchmarkTest(model = "a")
        void a(BenchmarkCase c, Outcome out) {
            out.predict(c.expectedText());
            out.score("words", 1, Better.LOWER);
        }

        @BenchmarkTest(model = "b")
        void b(BenchmarkCase c, Outcome out) {
            out.predict(c.expectedText());
            out.score("words", 1, Better.HIGHER);
        }
    }
}
