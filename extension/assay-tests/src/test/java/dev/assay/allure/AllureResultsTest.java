package dev.assay.allure;

import static dev.assay.allure.AllureRun.attachment;
import static dev.assay.allure.AllureRun.labels;
import static dev.assay.allure.AllureRun.parameter;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.report.Fmt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs fixture benchmarks with allure-jupiter's listener and checks the result files it leaves. */
class AllureResultsTest {

    @TempDir
    Path dir;

    @TempDir
    static Path sharedDir;

    // One default run of the sentiment benchmark serves every test that only reads its results.
    private static AllureRun sentimentRun;

    private AllureRun run(Map<String, String> config, int cases, Class<?>... classes) throws IOException {
        return run(dir, config, cases, classes);
    }

    private static AllureRun run(Path dir, Map<String, String> config, int cases, Class<?>... classes)
            throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Random random = new Random(7);
        List<String> text = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            text.add(String.format(Locale.ROOT, "{\"id\":\"c%03d\",\"expected\":\"%s\",\"u\":%.6f,\"text\":\"review %d\","
                    + "\"tags\":{\"length\":\"%s\"}}", i, i % 2 == 0 ? "pos" : "neg", random.nextDouble(), i,
                    i % 3 == 0 ? "short" : "long"));
            numbers.add(String.format(Locale.ROOT, "{\"id\":\"n%03d\",\"expected\":%d,\"x\":%d,\"u\":%.6f}", i, 2 * i, i,
                    random.nextDouble()));
        }
        Files.write(data.resolve("cases.jsonl"), text);
        Files.write(data.resolve("numbers.jsonl"), numbers);
        Map<String, String> all = new java.util.HashMap<>(config);
        all.put("assay.root", data.toString());
        return AllureRun.of(dir.resolve("allure-results"), dir.resolve("out"), all, classes);
    }

    private static synchronized AllureRun sentiment() throws IOException {
        if (sentimentRun == null) {
            sentimentRun = run(sharedDir, Map.of(), 40, AllureFixturesTestCase.Sentiment.class);
        }
        return sentimentRun;
    }

    @Test
    void eachCaseCarriesParametersLabelsAndAttachments() throws IOException {
        AllureRun run = sentiment();

        JsonNode c = run.result("strong \u203a c001 (long)");
        assertThat(c.path("status").asText()).isEqualTo("passed");
        assertThat(parameter(c, "case")).isEqualTo("c001");
        assertThat(parameter(c, "expected")).isEqualTo("neg");
        assertThat(parameter(c, "predicted")).isIn("pos", "neg");
        assertThat(parameter(c, "round")).isEqualTo("0");
        assertThat(parameter(c, "status")).isEqualTo("ok");
        assertThat(Double.parseDouble(parameter(c, "latency_ms"))).isNotNegative();
        assertThat(labels(c, "epic")).containsExactly("sentiment");
        assertThat(labels(c, "feature")).containsExactly("strong");
        assertThat(labels(c, "suite")).containsExactly("sentiment");
        assertThat(labels(c, "subSuite")).containsExactly("strong");
        assertThat(labels(c, "story")).containsExactly("long");
        assertThat(labels(c, "tag")).contains("length=long");
        assertThat(attachment(c, "inputs").path("type").asText()).isEqualTo("application/json");
        assertThat(attachment(c, "output").path("type").asText()).isEqualTo("application/json");
        assertThat(attachment(c, "prompt").path("type").asText()).isEqualTo("text/plain");
        assertThat(attachment(c, "reply").path("type").asText()).isEqualTo("application/json");
        assertThat(run.attachmentText(c, "inputs")).contains("\"text\" : \"review 1\"");
        assertThat(run.attachmentText(c, "output")).contains("\"probabilities\"");
        assertThat(run.attachmentText(c, "prompt")).contains("Classify: review 1")
                .contains("Bearer [REDACTED]").doesNotContain("abcdefghijklmnop1234");
        // What the method attached with out.attach is beside its case.
        assertThat(attachment(c, "judge_reasoning").path("type").asText()).isEqualTo("text/plain");
        assertThat(run.attachmentText(c, "judge_reasoning")).startsWith("The reply names the label ");
    }

    @Test
    void aBatchNodeListsEveryCaseOfItsBatch() throws IOException {
        AllureRun run = run(Map.of(), 20, AllureFixturesTestCase.BatchedScores.class);

        JsonNode first = run.result("linear-batched \u203a batch 1/3: n000 \u2026 n007");
        assertThat(first.path("status").asText()).isEqualTo("broken");
        assertThat(parameter(first, "cases")).isEqualTo("8");
        assertThat(parameter(first, "ok")).isEqualTo("7 of 8");
        assertThat(labels(first, "feature")).containsExactly("linear-batched");
        JsonNode rows = AllureRun.json(run.attachmentText(first, "cases"));
        assertThat(rows).hasSize(8);
        assertThat(rows.get(3).path("case").asText()).isEqualTo("n003");
        assertThat(rows.get(3).path("status").asText()).isEqualTo("error");
        assertThat(rows.get(2).path("predicted").asDouble()).isEqualTo(4.0);
        assertThat(rows.get(2).path("inputs").path("x").asInt()).isEqualTo(2);
        JsonNode last = run.result("linear-batched \u203a batch 3/3: n016 \u2026 n019");
        assertThat(last.path("status").asText()).isEqualTo("passed");
        assertThat(parameter(last, "ok")).isEqualTo("4 of 4");
        assertThat(run.attachmentText(run.result("linear-batched \u203a (summary)"), "metrics"))
                .contains("Allure shows 20 of 20 case results");
    }

    @Test
    void noneLeavesBatchResultsOut() throws IOException {
        AllureRun run = run(Map.of(AllureSettings.CASES_KEY, "none"), 20, AllureFixturesTestCase.BatchedScores.class);

        List<String> names = run.testResults().stream().map(r -> r.path("name").asText()).toList();
        assertThat(names).noneMatch(n -> n.contains("\u203a batch ")).contains("linear-batched \u203a (summary)");
    }

    @Test
    void anUnparseableReplyIsShownWithItsReasonAndPlainTextReply() throws IOException {
        AllureRun run = sentiment();

        JsonNode c = run.result("strong \u203a c003 (short)");
        assertThat(parameter(c, "status")).isEqualTo("unparseable");
        assertThat(c.path("statusDetails").path("message").asText()).isEqualTo("unparseable: reply names no label");
        assertThat(attachment(c, "reply").path("type").asText()).isEqualTo("text/plain");
    }

    @Test
    void theSummarySitsWithItsCasesWithThresholdStepsTableAndCharts() throws IOException {
        AllureRun run = sentiment();

        JsonNode weak = run.result("weak \u203a (summary)");
        JsonNode weakCase = run.result("weak \u203a c000 (short)");
        assertThat(labels(weak, "suite")).isEqualTo(labels(weakCase, "suite"));
        assertThat(labels(weak, "subSuite")).isEqualTo(labels(weakCase, "subSuite")).containsExactly("weak");
        assertThat(labels(weak, "feature")).containsExactly("weak");
        // First in its group in both reports: Allure 3's tree by title path, ordered by start or by
        // name; Allure 2's by labels, ordered by name. Its start is its first case's, not an invented time.
        assertThat(weak.path("titlePath").toString()).isEqualTo("[\"sentiment\",\"weak\"]");
        List<JsonNode> weakCases = casesOf(run, "weak");
        assertThat(weak.path("start").asLong()).isEqualTo(firstStart(weakCases));
        assertThat(weakCases).allSatisfy(c -> assertThat(weak.path("name").asText().toLowerCase())
                .isLessThan(c.path("name").asText().toLowerCase()));
        assertThat(weak.path("status").asText()).isEqualTo("failed");
        List<JsonNode> steps = StreamSupport.stream(weak.path("steps").spliterator(), false).toList();
        assertThat(steps).extracting(s -> s.path("status").asText()).containsExactly("passed", "failed");
        assertThat(steps.get(1).path("name").asText()).startsWith("0.99 \u2264 accuracy: ").endsWith("violated");
        // The headline table is inline, where the report opens, thresholded metrics first.
        String description = weak.path("descriptionHtml").asText();
        assertThat(description).contains("<table").contains("of 40 cases ok");
        assertThat(description.indexOf(">accuracy<")).isPositive().isLessThan(description.indexOf(">f1_macro<"));
        assertThat(description).contains("violated</b>: \u2265 0.99");
        assertThat(attachment(weak, "metrics").path("type").asText()).isEqualTo("text/html");
        assertThat(run.attachmentText(weak, "metrics")).contains("<table>").contains("accuracy").contains("95% CI");
        for (String chart : List.of("confusion matrix", "ROC curve", "precision-recall curve", "calibration curve",
                "latency histogram", "F1 per label")) {
            assertThat(attachment(weak, chart).path("type").asText()).as(chart).isEqualTo("image/svg+xml");
            assertThat(run.attachmentText(weak, chart)).as(chart).contains("<svg").contains("</svg>");
        }
        assertThat(run.result("strong \u203a (summary)").path("status").asText()).isEqualTo("passed");
        // The curves name their area: the same ROC AUC and average precision as the summary's.
        JsonNode metrics = StreamSupport.stream(AllureRun.json(Files.readString(sharedDir.resolve(
                "out/allure-test/summary.json"))).at("/benchmarks/0/models").spliterator(), false)
                .filter(m -> m.get("model").asText().equals("weak")).findFirst().orElseThrow().get("metrics");
        assertThat(run.attachmentText(weak, "ROC curve"))
                .contains("(AUC " + Fmt.num(metrics.get("roc_auc").get("value").asDouble()) + ")");
        assertThat(run.attachmentText(weak, "precision-recall curve"))
                .contains("(AP " + Fmt.num(metrics.get("average_precision").get("value").asDouble()) + ")");
    }

    /** The case results of {@code model} (named {@code model › c…}). */
    private static List<JsonNode> casesOf(AllureRun run, String model) {
        return run.testResults().stream().filter(r -> r.path("name").asText().startsWith(model + " \u203a c")).toList();
    }

    private static long firstStart(List<JsonNode> results) {
        return results.stream().mapToLong(r -> r.path("start").asLong()).min().orElseThrow();
    }

    @Test
    void theComparisonHasItsTableAndCharts() throws IOException {
        AllureRun run = sentiment();

        JsonNode compare = run.result("compare \u203a weak vs strong");
        assertThat(labels(compare, "suite")).containsExactly("sentiment");
        assertThat(labels(compare, "subSuite")).containsExactly("(compare)");
        assertThat(compare.path("titlePath").toString()).isEqualTo("[\"sentiment\",\"(compare)\"]");
        List<JsonNode> cases = new java.util.ArrayList<>(casesOf(run, "weak"));
        cases.addAll(casesOf(run, "strong"));
        assertThat(compare.path("start").asLong()).isEqualTo(firstStart(cases));
        String table = run.attachmentText(compare, "comparison");
        assertThat(table).contains("adjusted p").contains("effect size").contains("verdict").contains("accuracy")
                .contains("mcnemar_exact");
        assertThat(attachment(compare, "differences").path("type").asText()).isEqualTo("image/svg+xml");
        assertThat(run.attachmentText(compare, "F1 change per label")).contains("<svg");
        // Inline: who won, by how much and how surely, counted by verdict.
        String description = compare.path("descriptionHtml").asText().replaceAll(" style=\"padding:1px 8px\"|padding:1px 8px;", "");
        assertThat(description).contains("<b>strong</b> against <b>weak</b>: ").contains(" better")
                .contains("<td>accuracy</td>").contains("% interval; p adjusted");
    }

    @Test
    void aBaselineCheckSitsUnderItsBenchmarkWithItsTableInline() throws IOException {
        AllureFixturesTestCase.Baselined.skill = 0.85;
        AllureRun first = run(Map.of("assay.baseline.update", "true"), 40, AllureFixturesTestCase.Baselined.class);
        assertThat(first.result("baseline \u203a weak").path("descriptionHtml").asText())
                .contains("stored as the new baseline");

        // The same cases, a model that got worse, checked against what the first run stored.
        AllureFixturesTestCase.Baselined.skill = 0.40;
        Path second = dir.resolve("second");
        Files.createDirectories(second.resolve("data/baselines"));
        Files.copy(dir.resolve("data/baselines/sentiment.json"), second.resolve("data/baselines/sentiment.json"));
        AllureRun run = run(second, Map.of(), 40, AllureFixturesTestCase.Baselined.class);

        JsonNode baseline = run.result("baseline \u203a weak");
        assertThat(baseline.path("status").asText()).isEqualTo("failed");
        assertThat(labels(baseline, "suite")).containsExactly("sentiment-baseline");
        assertThat(labels(baseline, "subSuite")).containsExactly("(baseline)");
        String description = baseline.path("descriptionHtml").asText().replaceAll(" style=\"padding:1px 8px\"|padding:1px 8px;", "");
        assertThat(description).contains("<b>weak</b> ").contains("regressed on ").contains("baselines/sentiment.json")
                .contains("<td>accuracy</td>").contains(">regressed</td>").contains("% interval; p adjusted");
    }

    @Test
    void runFilesDescribeTheEnvironmentAndSortFailures() throws IOException {
        AllureRun run = sentiment();

        String env = run.file("environment.properties");
        assertThat(env).contains("OS=").contains("CPU=").contains("CPU.cores=").contains("JVM=").contains("Assay=")
                .contains("Memory.physical=");
        JsonNode categories = AllureRun.json(run.file("categories.json"));
        assertThat(StreamSupport.stream(categories.spliterator(), false).map(c -> c.path("name").asText()))
                .contains("Threshold violated", "Significant regression", "Provider error", "Timeout",
                        "Unparseable output", "Configuration error");
        assertThat(AllureRun.json(run.file("executor.json")).path("buildName").asText()).contains("allure-test");

        JsonNode weak = run.result("weak \u203a (summary)");
        String message = weak.path("statusDetails").path("message").asText();
        JsonNode threshold = StreamSupport.stream(categories.spliterator(), false)
                .filter(c -> c.path("name").asText().equals("Threshold violated")).findFirst().orElseThrow();
        assertThat(message).matches(threshold.path("messageRegex").asText());
        JsonNode unparseable = StreamSupport.stream(categories.spliterator(), false)
                .filter(c -> c.path("name").asText().equals("Unparseable output")).findFirst().orElseThrow();
        assertThat(run.result("strong \u203a c003 (short)").path("statusDetails").path("message").asText())
                .matches(unparseable.path("messageRegex").asText());
    }

    @Test
    void theLeaderboardRanksModelsAndCarriesTheSummaryExports() throws IOException {
        AllureRun run = run(Map.of(AllureSettings.LEADERBOARD_METRIC_KEY, "accuracy"), 40,
                AllureFixturesTestCase.Sentiment.class);

        JsonNode board = run.result("leaderboard \u203a sentiment");
        String html = run.attachmentText(board, "leaderboard");
        assertThat(html.indexOf("<td>strong</td>")).isLessThan(html.indexOf("<td>weak</td>")).isPositive();
        assertThat(attachment(board, "summary.csv").path("type").asText()).isEqualTo("text/csv");
        assertThat(run.attachmentText(board, "summary.csv")).startsWith("benchmark,model,metric,value")
                .contains("sentiment,strong,accuracy,");
        assertThat(attachment(board, "summary.json").path("type").asText()).isEqualTo("application/json");
        assertThat(AllureRun.json(run.attachmentText(board, "summary.json")).path("benchmarks").get(0)
                .path("benchmark").asText()).isEqualTo("sentiment");
    }

    @Test
    void regressionSummariesDrawScatterAndErrorHistogram() throws IOException {
        AllureRun run = run(Map.of(), 30, AllureFixturesTestCase.Scores.class);

        JsonNode summary = run.result("linear \u203a (summary)");
        assertThat(run.attachmentText(summary, "predicted vs true")).contains("<svg");
        assertThat(run.attachmentText(summary, "error histogram")).contains("<svg");
        assertThat(run.result("linear \u203a n005").path("status").asText()).isEqualTo("passed");
    }

    @Test
    void aSampleBoundsTheCaseResultsWhileTheJournalKeepsEveryCase() throws IOException {
        AllureRun run = run(Map.of(AllureSettings.CASES_KEY, "sample:5"), 40, AllureFixturesTestCase.Sentiment.class);

        List<String> names = run.testResults().stream().map(r -> r.path("name").asText()).toList();
        assertThat(names.stream().filter(n -> n.startsWith("weak \u203a c"))).hasSize(5);
        assertThat(names.stream().filter(n -> n.startsWith("strong \u203a c"))).hasSize(5);
        assertThat(names).contains("weak \u203a (summary)", "strong \u203a (summary)", "compare \u203a weak vs strong");
        assertThat(Files.readAllLines(dir.resolve("out/allure-test/journal.jsonl"))).hasSize(80);
        assertThat(run.attachmentText(run.result("weak \u203a (summary)"), "metrics"))
                .contains("Allure shows 5 of 40 case results (assay.allure.cases=sample:5)");
        try (var files = Files.list(run.results())) {
            assertThat(files.filter(f -> f.toString().endsWith("-container.json")).count()).isZero();
        }
    }

    @Test
    void failedKeepsOnlyCasesThatAreNotOk() throws IOException {
        AllureRun run = run(Map.of(AllureSettings.CASES_KEY, "failed"), 40, AllureFixturesTestCase.Sentiment.class);

        List<String> cases = run.testResults().stream().map(r -> r.path("name").asText())
                .filter(n -> n.matches("(weak|strong) \u203a c.*")).toList();
        assertThat(cases).containsExactly("strong \u203a c003 (short)");
    }

    @Test
    void noneLeavesOnlySummariesComparisonsAndTheLeaderboard() throws IOException {
        AllureRun run = run(Map.of(AllureSettings.CASES_KEY, "none"), 40, AllureFixturesTestCase.Sentiment.class);

        assertThat(run.testResults()).extracting(r -> r.path("name").asText()).containsExactlyInAnyOrder(
                "weak \u203a (summary)", "strong \u203a (summary)", "compare \u203a weak vs strong",
                "leaderboard \u203a sentiment");
    }

    @Test
    void aResultsFolderThatCannotBeWrittenIsLoggedOnceAndChangesNoOutcome() throws IOException {
        ReportingFailures.reset();
        Files.writeString(dir.resolve("allure-results"), "a file where the folder should be");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        AllureRun run;
        try {
            run = run(Map.of(), 10, AllureFixturesTestCase.Scores.class);
        } finally {
            System.setErr(err);
            ReportingFailures.reset();
        }

        assertThat(run.summary().getTestsSucceededCount()).isEqualTo(11);
        assertThat(run.summary().getTotalFailureCount()).isZero();
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).containsOnlyOnce("[assay] WARNING: could not write Allure results");
        assertThat(log).contains("the tests' outcomes are unaffected");
    }

    @Test
    void theLastReportsHistoryIsCarriedIntoTheNextResults() throws IOException {
        Path history = dir.resolve("allure-report/history");
        Files.createDirectories(history);
        Files.writeString(history.resolve("history-trend.json"), "[{\"buildOrder\":1}]");

        AllureRun run = run(Map.of(AllureSettings.CASES_KEY, "none"), 10, AllureFixturesTestCase.Scores.class);

        assertThat(run.file("history/history-trend.json")).isEqualTo("[{\"buildOrder\":1}]");
    }

    @Test
    void theEnvironmentNamesTheOnnxRuntimeOnTheClasspath() throws IOException {
        assertThat(sentiment().file("environment.properties")).containsPattern("ONNXRuntime=\\d+\\.\\d+");
    }
}
