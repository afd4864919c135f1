package dev.assay.junit;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;

/** Fixture: the dataset says pos/neg; one model answers 1/0, one mostly 1/0, one pos/neg. */
@Benchmark("labels")
@CaseSource("datasets/tiny-sentiment.jsonl")
class LabelHygieneTestCase {

    @BenchmarkTest(model = "digits")
    void digits(BenchmarkCase c, Outcome out) {
        out.predict(c.expectedText().equals("pos") ? "1" : "0");
    }

    @BenchmarkTest(model = "mostly-digits")
    void mostlyDigits(BenchmarkCase c, Outcome out) {
        out.predict(c.id().equals("s1") ? c.expectedText() : c.expectedText().equals("pos") ? "1" : "0");
    }

    @BenchmarkTest(model = "words")
    void words(BenchmarkCase c, Outcome out) {
        out.predict(c.expectedText());
    }
}
