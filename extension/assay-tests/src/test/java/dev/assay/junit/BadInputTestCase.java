package dev.assay.junit;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;
import dev.assay.api.Task;
import dev.assay.api.Threshold;

/** Fixtures: benchmarks that are wrong in one way each; every one must fail before any case runs. */
class BadInputTestCase {

    /** A classifier that predicts "pos" for everything; the method every fixture shares. */
    abstract static class Base {
        @BenchmarkTest(model = "constant")
        void constant(BenchmarkCase c, Outcome out) {
            out.predict("pos");
        }
    }

    @Benchmark("malformed-jsonl")
    @CaseSource("datasets/bad/malformed.jsonl")
    static class MalformedJsonl extends Base {
    }

    @Benchmark("malformed-csv")
    @CaseSource("datasets/bad/malformed.csv")
    static class MalformedCsv extends Base {
    }

    @Benchmark("missing-expected")
    @CaseSource("datasets/bad/no-expected.jsonl")
    static class MissingExpected extends Base {
    }

    @Benchmark("duplicate-ids")
    @CaseSource("datasets/bad/duplicate-ids.jsonl")
    static class DuplicateIds extends Base {
    }

    @Benchmark("empty")
    @CaseSource("datasets/bad/empty.jsonl")
    static class EmptyDataset extends Base {
    }

    @Benchmark("missing-file")
    @CaseSource("datasets/bad/nope.jsonl")
    static class MissingFile extends Base {
    }

    @Benchmark("unknown-metric")
    @CaseSource("datasets/tiny-sentiment.jsonl")
    @Threshold(metric = "f1_makro", min = 0.5)
    static class UnknownMetric extends Base {
    }

    @Benchmark("no-bound")
    @CaseSource("datasets/tiny-sentiment.jsonl")
    @Threshold(metric = "accuracy")
    static class ThresholdWithoutBound extends Base {
    }

    @Benchmark("min-above-max")
    @CaseSource("datasets/tiny-sentiment.jsonl")
    @Threshold(metric = "accuracy", min = 0.9, max = 0.5)
    static class MinAboveMax extends Base {
    }

    @Benchmark("wrong-task-metric")
    @CaseSource("datasets/tiny-sentiment.jsonl")
    @Threshold(metric = "mae", max = 1)
    static class MetricOfAnotherTask extends Base {
    }

    @Benchmark("no-outcome")
    @CaseSource("datasets/tiny-sentiment.jsonl")
    static class NoOutcome {
        @BenchmarkTest(model = "m")
        void m(BenchmarkCase c) {
        }
    }

    @Benchmark("unresolvable")
    @CaseSource("datasets/tiny-sentiment.jsonl")
    static class UnresolvableParameter {
        @BenchmarkTest(model = "m")
        void m(BenchmarkCase c, Outcome out, StringBuilder scratch) {
            out.predict("pos");
        }
    }

    @Benchmark("text-score")
    @CaseSource("datasets/bad/text-score.jsonl")
    static class ExpectedNotANumber {
        @BenchmarkTest(model = "m", task = Task.REGRESSION)
        void m(BenchmarkCase c, Outcome out) {
            out.predict(1.0);
        }
    }

    @Benchmark("no-source")
    static class NoCaseSource extends Base {
    }
}
