package dev.assay.junit;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;
import dev.assay.api.Task;
import dev.assay.api.Threshold;

/** Fixture: a generation model with a per-case judge-like score and an attached reasoning. */
@Benchmark("scored")
@CaseSource("datasets/tiny-generation.jsonl")
@Threshold(metric = "score[judge]", min = 3)
@Threshold(metric = "bleu", min = 50)
class ScoresAndAttachmentsTestCase {

    @BenchmarkTest(model = "echo", task = Task.GENERATION)
    void echo(BenchmarkCase c, Outcome out) {
        out.predict(c.expectedText());
        out.score("judge", c.id().equals("g1") ? 2 : 4);
        out.attach("judge_reasoning", "case " + c.id() + " looks fine");
    }
}
