package dev.assay.junit;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;

/** Fixture: every case attaches a judge's reasoning; case s2's reply cannot be parsed, so it is not ok. */
@Benchmark("echo")
@CaseSource("datasets/tiny-sentiment.jsonl")
class AttachmentEchoTestCase {

    @BenchmarkTest(model = "judged")
    void judged(BenchmarkCase c, Outcome out) {
        out.attach("judge_reasoning", "case " + c.id() + ": the reply names the label\nsecond line");
        if (c.id().equals("s2")) {
            out.unparseable("reply names no label");
            return;
        }
        out.predict(c.expectedText());
    }
}
