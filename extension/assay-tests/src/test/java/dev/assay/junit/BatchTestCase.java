package dev.assay.junit;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseBatch;
import dev.assay.api.CaseSource;
import dev.assay.api.CaseThreshold;
import dev.assay.api.Outcome;
import dev.assay.api.Task;
import java.util.ArrayList;
import java.util.List;

/** Fixtures for {@code @BenchmarkTest(batch = N)}: batch methods beside their one-case-per-call twins. */
class BatchTestCase {

    /** Calls seen by the batch methods, in order: the ids of each call's cases. */
    static final List<List<String>> CALLS = new ArrayList<>();

    /** The same keyword classifier twice: one case per call, and in batches of 4 over 2 rounds. */
    @Benchmark("batched")
    @CaseSource("datasets/tiny-sentiment.jsonl")
    static class Twins {
        @BenchmarkTest(model = "single", rounds = 2)
        void single(BenchmarkCase c, Outcome out) {
            out.predict(classify(c.text("text")));
        }

        @BenchmarkTest(model = "batched", rounds = 2, batch = 4, warmup = 1)
        void batched(CaseBatch batch) {
            CALLS.add(batch.cases().stream().map(BenchmarkCase::id).toList());
            List<String> texts = batch.texts("text");
            for (int i = 0; i < batch.size(); i++) {
                batch.outcome(i).predict(classify(texts.get(i)));
            }
        }

        private static String classify(String text) {
            return text.contains("bad") || text.contains("dull") || text.contains("wooden") ? "neg" : "pos";
        }
    }

    /** Batches of 3: the first batch throws, the second leaves case s5 without a prediction. */
    @Benchmark("broken-batches")
    @CaseSource("datasets/tiny-sentiment.jsonl")
    static class Broken {
        @BenchmarkTest(model = "m", batch = 3)
        void m(CaseBatch batch) {
            if (batch.get(0).id().equals("s1")) {
                throw new IllegalStateException("the model ran out of memory");
            }
            for (int i = 0; i < batch.size(); i++) {
                if (!batch.get(i).id().equals("s5")) {
                    batch.outcome(i).predict("pos");
                }
            }
        }
    }

    /** Exact except case [b], off by 2: its batch node fails the case threshold; every case is still recorded. */
    @Benchmark("batch-thresholds")
    @CaseSource("datasets/tiny-regression.jsonl")
    @CaseThreshold(metric = "absolute_error", max = 1)
    static class Thresholds {
        @BenchmarkTest(model = "r", task = Task.REGRESSION, batch = 2)
        void r(CaseBatch batch) {
            for (int i = 0; i < batch.size(); i++) {
                BenchmarkCase c = batch.get(i);
                batch.outcome(i).predict(c.expectedNumber() + (c.id().equals("b") ? 2 : 0));
            }
        }
    }

    /** A CaseBatch with the default batch of 1: batches of one case (a batch-size sweep's first point). */
    @Benchmark("batches-of-one")
    @CaseSource("datasets/tiny-sentiment.jsonl")
    static class BatchesOfOne {
        @BenchmarkTest(model = "m")
        void m(CaseBatch batch) {
            batch.outcome(0).predict(batch.get(0).expectedText());
        }
    }

    /** batch = 4 on a method that takes a case and an outcome. */
    @Benchmark("batch-without-casebatch")
    @CaseSource("datasets/tiny-sentiment.jsonl")
    static class BatchWithoutCaseBatch {
        @BenchmarkTest(model = "m", batch = 4)
        void m(BenchmarkCase c, Outcome out) {
            out.predict("pos");
        }
    }

    /** A CaseBatch beside an Outcome. */
    @Benchmark("casebatch-and-outcome")
    @CaseSource("datasets/tiny-sentiment.jsonl")
    static class CaseBatchAndOutcome {
        @BenchmarkTest(model = "m", batch = 4)
        void m(CaseBatch batch, Outcome out) {
            out.predict("pos");
        }
    }

    /** batch = 0. */
    @Benchmark("batch-zero")
    @CaseSource("datasets/tiny-sentiment.jsonl")
    static class BatchZero {
        @BenchmarkTest(model = "m", batch = 0)
        void m(CaseBatch batch) {
            batch.outcome(0).predict("pos");
        }
    }
}
