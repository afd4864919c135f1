package dev.assay.suites.resume;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.CategoryBins;
import dev.assay.api.Compare;
import dev.assay.api.Outcome;
import dev.assay.api.Task;
import dev.assay.api.Threshold;
import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.data.ProjectPaths;
import dev.assay.data.StratifiedKFold;
import dev.assay.report.CrossValidation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestReporter;

/**
 * {@code ResumeScoringBenchmark} is used to check two resume scorers against six graded
 * resume / job description pairs, from a perfect senior match (92) to a data scientist applying
 * for a web-development role (25).
 *
 * <ul>
 *   <li>{@code keywords} — {@link KeywordOverlapScorer}: the share of the job's skills the resume
 *       names. No training; the floor any real model must beat.</li>
 *   <li>{@code ridge} — {@link RidgeResumeModel}: ridge regression on {@link ResumeFeatures}
 *       (skill overlap, years, seniority, role family), fitted once before the cases run on 30
 *       separate training pairs.</li>
 * </ul>
 *
 * <p>Scores are also binned into the graders' categories, so the summary reports
 * {@code category_accuracy} and {@code category_f1_macro} beside MAE and correlations. The six
 * ground truths (92, 58, 25, 98, 35, 72) fall into their labelled categories with these edges.
 */
@Benchmark("resume-scoring")
@CaseSource("fixtures/datasets/resume-scoring.jsonl")
@CategoryBins(edges = {40, 65, 85}, labels = {"Poor", "Fair", "Good", "Excellent"})
// The bar for any scorer: within 15 points on average, and ranking candidates in the graders'
// order. Measured: keywords MAE 11.9 and Pearson 0.92, ridge 5.5 and 0.98.
@Threshold(metric = "mae", max = 15)
@Threshold(metric = "pearson", min = 0.8)
// The trained model must earn its training: MAE no worse than its leave-one-out RMSE on the
// training pairs (7.9) plus a point, most variance explained, at most one of six cases in the
// wrong category. Measured: MAE 5.5, R² 0.94, category accuracy 1.0.
@Threshold(metric = "mae", max = 9, model = "ridge")
@Threshold(metric = "r2", min = 0.8, model = "ridge")
@Threshold(metric = "category_accuracy", min = 0.8, model = "ridge")
// Warmed-up ridge scoring measured 3–5 ms p95 on a shared two-core machine, where p95 of six calls
// is nearly their maximum and one busy moment sets it; 25 ms leaves room for that and still fails
// if someone refits the model per call (a fit takes about 400 ms). The keyword model runs cold,
// without warmup, so its p95 is its first call (measured 8–27 ms): shown, too noisy to gate.
@Threshold(metric = "latency_p95_ms", max = 25, model = "ridge")
// The baseline only has to keep its known floor: it misses the Fair case (measured 0.83), and
// two misses of six would mean the vocabulary broke.
@Threshold(metric = "category_accuracy", min = 0.8, model = "keywords")
// Does training earn its keep over the keyword baseline? Six cases cannot tell yet; the comparison
// node and its Allure table say so instead of guessing.
@Compare(baseline = "keywords", candidate = "ridge")
class ResumeScoringBenchmark {

    private static final KeywordOverlapScorer KEYWORDS = new KeywordOverlapScorer();

    /** Fitted once per class in {@link #fitRidge}, so no case's latency includes training. */
    private static RidgeResumeModel ridge;

    @BeforeAll
    static void fitRidge(TestReporter reporter) {
        // Resolved like @CaseSource paths (against the project root), so the suite runs the same
        // from the IDE, from the module folder and from the reactor.
        Path training = ProjectPaths.detect(null).resolve("fixtures/datasets/resume-training.jsonl");
        List<JsonNode> rows = RidgeResumeModel.readJsonl(training);
        ridge = RidgeResumeModel.fit(rows, training);
        // λ, leave-one-out error and weights, for whoever wonders why a score came out as it did.
        reporter.publishEntry("ridge", ridge.toString());
        // How well the recipe (features + λ chosen by leave-one-out) generalises, on the training pairs
        // alone: 5 folds stratified by score band, each fold's model fitted on the other four.
        CrossValidation.Result cv = CrossValidation.run(StratifiedKFold.of(5, 42), Task.REGRESSION, rows,
                row -> band(row.path("expected").asDouble()), fold -> {
                    RidgeResumeModel model = RidgeResumeModel.fit(fold, training);
                    return model::predict;
                }, row -> row.path("expected").asDouble(), 0.95);
        reporter.publishEntry("ridge 5-fold cross-validation", cv.describe());
        System.out.println("[assay] resume-scoring › ridge, 5-fold cross-validation on the 30 training pairs:\n"
                + cv.describe().indent(2));
    }

    /** The score band a training pair is stratified by: the graders' categories. */
    private static String band(double score) {
        return score < 40 ? "Poor" : score < 65 ? "Fair" : score < 85 ? "Good" : "Excellent";
    }

    @BenchmarkTest(model = "keywords", task = Task.REGRESSION)
    void keywords(BenchmarkCase c, Outcome out) {
        out.predict(KEYWORDS.score(c.text("resume"), c.text("job_description")));
    }

    @BenchmarkTest(model = "ridge", task = Task.REGRESSION, warmup = 2)
    void ridge(BenchmarkCase c, Outcome out) {
        out.predict(ridge.predict(c.text("resume"), c.text("job_description")));
    }
}
