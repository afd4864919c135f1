package dev.assay.junit;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.CaseThreshold;
import dev.assay.api.Outcome;
import dev.assay.api.Task;
import dev.assay.api.Threshold;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** Fixtures for the core loop's behaviours beyond the plain case: rounds, warmup, aborts, case thresholds. */
class BehaviourTestCase {

    /** Sentiment by keyword, with probabilities; two rounds, one warmup call. */
    @Benchmark("sentiment")
    @CaseSource("datasets/tiny-sentiment.jsonl")
    @Threshold(metric = "accuracy", min = 0.5)
    static class Rounds {
        @BenchmarkTest(model = "keywords", rounds = 2, warmup = 1)
        void keywords(BenchmarkCase c, Outcome out) throws Exception {
            String text = c.text("text");
            boolean positive = out.time(() -> text.matches(".*(good|best|wonderful).*"));
            out.predict(positive ? "pos" : "neg");
            out.probabilities(Map.of("pos", positive ? 0.8 : 0.3, "neg", positive ? 0.2 : 0.7));
        }
    }

    /** A model whose provider is missing for long texts (aborted), and that forgets to predict once. */
    @Benchmark("flaky")
    @CaseSource("datasets/tiny-sentiment.jsonl")
    static class AbortsAndOmissions {
        @BenchmarkTest(model = "flaky", task = Task.CLASSIFICATION)
        void flaky(BenchmarkCase c, Outcome out) {
            Assumptions.assumeTrue(c.tags().get("length").equals("short"), "no API key for long texts");
            if (c.id().equals("s5")) {
                return;
            }
            if (c.id().equals("s6")) {
                out.unparseable("reply was 'maybe?'");
                return;
            }
            out.predict("neg");
        }
    }

    /** Per-case thresholds on a recorded score and on correctness. */
    @Benchmark("judged")
    @CaseSource("datasets/tiny-sentiment.jsonl")
    @CaseThreshold(metric = "judge", min = 3)
    static class CaseThresholds {
        @BenchmarkTest(model = "m")
        @CaseThreshold(metric = "correct", min = 1)
        void m(BenchmarkCase c, Outcome out) {
            out.predict("pos");
            out.score("judge", c.text("text").length() > 10 ? 4 : 2);
        }
    }

    /** A slow model: long enough for a progress line at one-second intervals. */
    @Benchmark("slow")
    @CaseSource("datasets/tiny-sentiment.jsonl")
    static class Slow {
        @BenchmarkTest(model = "sleepy")
        void sleepy(BenchmarkCase c, Outcome out) throws InterruptedException {
            Thread.sleep(350);
            out.predict("pos");
        }
    }
}
