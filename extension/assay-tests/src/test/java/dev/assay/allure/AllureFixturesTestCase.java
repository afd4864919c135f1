package dev.assay.allure;

import dev.assay.api.Baseline;
import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseBatch;
import dev.assay.api.CaseSource;
import dev.assay.api.Compare;
import dev.assay.api.Outcome;
import dev.assay.api.Task;
import dev.assay.api.Threshold;
import java.util.Map;

/**
 * Fixtures for the Allure tests. Each case carries a uniform draw {@code u}; a model with skill s is
 * right when {@code u < s} and reports a probability that follows from it. The datasets come from the
 * test ({@code assay.root} points at them).
 */
class AllureFixturesTestCase {

    private static Object answer(BenchmarkCase c, double skill, Outcome out) {
        double u = c.number("u");
        boolean right = u < skill;
        String truth = c.expectedText();
        String label = right ? truth : (truth.equals("pos") ? "neg" : "pos");
        double p = right ? 0.55 + 0.4 * (1 - u) : 0.45 * u;
        double pPos = label.equals("pos") ? Math.max(p, 0.5) : 1 - Math.max(p, 0.5);
        out.probabilities(Map.of("pos", pPos, "neg", 1 - pPos));
        return label;
    }

    @Benchmark("sentiment")
    @CaseSource("cases.jsonl")
    @Threshold(metric = "accuracy", min = 0.5)
    @Threshold(metric = "accuracy", min = 0.99, model = "weak")
    @Compare(baseline = "weak", candidate = "strong")
    static class Sentiment {

        @BenchmarkTest(model = "weak", task = Task.CLASSIFICATION)
        void weak(BenchmarkCase c, Outcome out) {
            out.predict(answer(c, 0.70, out));
        }

        @BenchmarkTest(model = "strong", task = Task.CLASSIFICATION)
        void strong(BenchmarkCase c, Outcome out) {
            String prompt = "Classify: " + c.text("text") + "\nAuthorization: Bearer abcdefghijklmnop1234";
            out.prompt(prompt);
            if (c.id().equals("c003")) {
                out.reply("I am not sure.");
                out.unparseable("reply names no label");
                return;
            }
            Object label = answer(c, 0.85, out);
            out.reply("{\"label\":\"" + label + "\"}");
            out.attach("judge_reasoning", "The reply names the label " + label + ".");
            out.predict(label);
        }
    }

    /** The weak sentiment model against a baseline stored under the test's root; its skill is set per run. */
    @Benchmark("sentiment-baseline")
    @CaseSource("cases.jsonl")
    @Baseline("baselines/sentiment.json")
    static class Baselined {

        static volatile double skill = 0.85;

        @BenchmarkTest(model = "weak", task = Task.CLASSIFICATION)
        void weak(BenchmarkCase c, Outcome out) {
            out.predict(answer(c, skill, out));
        }
    }

    @Benchmark("scores")
    @CaseSource("numbers.jsonl")
    @Threshold(metric = "mae", max = 5)
    static class Scores {

        @BenchmarkTest(model = "linear", task = Task.REGRESSION)
        void linear(BenchmarkCase c, Outcome out) {
            out.predict(c.number("x") * 2 + (c.number("u") - 0.5));
        }
    }

    @Benchmark("batched-scores")
    @CaseSource("numbers.jsonl")
    static class BatchedScores {

        /** Batches of 8; case n003 gets no prediction. */
        @BenchmarkTest(model = "linear-batched", task = Task.REGRESSION, batch = 8)
        void linear(CaseBatch batch) {
            for (int i = 0; i < batch.size(); i++) {
                if (!batch.get(i).id().equals("n003")) {
                    batch.outcome(i).predict(batch.get(i).number("x") * 2);
                }
            }
        }
    }
}
