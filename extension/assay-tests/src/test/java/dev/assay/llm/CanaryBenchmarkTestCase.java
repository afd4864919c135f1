package dev.assay.llm;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;

/**
 * Fixture, run by SecretLeakTest: calls providers whose key is the canary, through stand-ins that
 * reject it and echo it back (after padding that puts it where clients cut error bodies short),
 * echo it in streamed replies split into 5-character chunks, and quote it in replies that are not JSON.
 */
@Benchmark("provider-canary")
@CaseSource("provider/canary-cases.jsonl")
public class CanaryBenchmarkTestCase {

    @BenchmarkTest(model = "accepted")
    void accepted(BenchmarkCase c, Outcome out, @Provider("canary:m1") ChatClient llm) {
        ChatResponse r = llm.chat(c.text("prompt"));
        r.recordTo(out);
        out.predict(r.text());
    }

    @BenchmarkTest(model = "rejected")
    void rejected(BenchmarkCase c, Outcome out, @Provider("rejecting:m1") ChatClient llm) {
        out.predict(llm.chat(c.text("prompt")).text());
    }

    @BenchmarkTest(model = "echoed")
    void echoed(BenchmarkCase c, Outcome out, @Provider("echo:m1") ChatClient llm) {
        ChatResponse r = llm.chat(c.text("prompt"));
        out.prompt(c.text("prompt")).reply(r.text());
        out.predict(r.text());
    }

    @BenchmarkTest(model = "garbled")
    void garbled(BenchmarkCase c, Outcome out, @Provider("garbage:m1") ChatClient llm) {
        out.predict(llm.chat(c.text("prompt")).text());
    }

    @BenchmarkTest(model = "keyless")
    void keyless(BenchmarkCase c, Outcome out, @Provider("nokey:m1") ChatClient llm) {
        out.predict(llm.chat(c.text("prompt")).text());
    }
}
