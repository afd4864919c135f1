package com.example.reviews;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Compare;
import dev.assay.api.Outcome;
import dev.assay.api.Task;
import dev.assay.api.Threshold;

/**
 * Two sentiment models on 40 product reviews: a word-list model and the baseline that calls every
 * review positive. The word-list model must reach an accuracy of 0.75 and answer fast; the
 * comparison says whether it is really better than the baseline.
 */
@Benchmark("review-sentiment")
@CaseSource("reviews.jsonl")
@Threshold(metric = "accuracy", min = 0.75, model = "word-list")
@Threshold(metric = "latency_p95_ms", max = 50)
@Compare(baseline = "always-positive", candidate = "word-list")
class ReviewSentimentBenchmark {

    private final WordListModel model = new WordListModel();

    @BenchmarkTest(model = "word-list", task = Task.CLASSIFICATION)
    void wordList(BenchmarkCase c, Outcome out) throws Exception {
        out.predict(out.time(() -> model.classify(c.text("review"))));
    }

    @BenchmarkTest(model = "always-positive", task = Task.CLASSIFICATION)
    void alwaysPositive(BenchmarkCase c, Outcome out) {
        out.predict("positive");
    }
}
