package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.metrics.ranking.Judgements;
import dev.assay.metrics.ranking.RankingMetrics;
import dev.assay.testkit.BenchmarkRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ranking benchmarks end to end: the corpus reaches the methods once, per-query values reach the
 * journal's scores, the summary has every metric at the declared cut-offs with intervals and paired
 * tests, and each kind of bad input is a named error.
 */
class RankingTest {

    @TempDir
    Path output;

    private static JsonNode comparison(JsonNode summary, String metric) {
        return StreamSupport.stream(summary.at("/benchmarks/0/comparisons").spliterator(), false)
                .filter(c -> c.get("metric").asText().equals(metric)).findFirst().orElseThrow();
    }

    private static JsonNode model(JsonNode summary, String name) {
        return StreamSupport.stream(summary.at("/benchmarks/0/models").spliterator(), false)
                .filter(m -> m.get("model").asText().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void scoresEveryQueryAndSummarisesEveryCutoffWithIntervalsAndPairedTests() {
        RankingTestCase.INDEX_BUILDS.set(0);
        BenchmarkRun run = BenchmarkRun.of(output, RankingTestCase.Retrieval.class);

        run.results().testEvents().assertThatEvents()
                .haveExactly(1, event(displayName("lexical \u203a q1"), finishedSuccessfully()))
                .haveExactly(1, event(displayName("oracle \u203a q6"), finishedSuccessfully()));
        assertThat(RankingTestCase.INDEX_BUILDS).hasValue(1);
        List<JsonNode> journal = run.journal();
        assertThat(journal).hasSize(12).allSatisfy(r -> {
            assertThat(r.get("task").asText()).isEqualTo("ranking");
            assertThat(r.get("status").asText()).isEqualTo("ok");
        });
        // The journal's per-query scores are the metrics of that query, recomputed here from expected and predicted.
        for (JsonNode r : journal) {
            Map<String, Double> expected = RankingMetrics.perQuery(Judgements.parse(json(r.get("expected"))),
                    ids(r.get("predicted")), new int[] {1, 3}, 8);
            Map<String, Double> scores = new LinkedHashMap<>();
            r.get("scores").fields().forEachRemaining(e -> scores.put(e.getKey(), e.getValue().asDouble()));
            assertThat(scores).containsExactlyEntriesOf(expected);
        }

        JsonNode summary = run.summary();
        JsonNode oracle = model(summary, "oracle").get("metrics");
        assertThat(oracle.fieldNames()).toIterable().contains("recall@1", "recall@3", "precision@1", "precision@3",
                "hit_rate@1", "hit_rate@3", "ndcg@1", "ndcg@3", "mrr", "mrr@1", "mrr@3", "map")
                .noneMatch(name -> name.startsWith("score["));
        assertThat(oracle.get("ndcg@3").get("value").asDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(oracle.get("map").get("value").asDouble()).isCloseTo(1.0, within(1e-12));
        JsonNode lexical = model(summary, "lexical").get("metrics");
        assertThat(lexical.get("ndcg@3").get("ci_low").asDouble()).isLessThanOrEqualTo(
                lexical.get("ndcg@3").get("value").asDouble());
        assertThat(lexical.get("mrr").get("ci_high").asDouble()).isGreaterThanOrEqualTo(
                lexical.get("mrr").get("value").asDouble());

        assertThat(comparison(summary, "ndcg@3").get("test").asText()).isEqualTo("paired_t");
        assertThat(comparison(summary, "map").get("test").asText()).isEqualTo("paired_t");
        assertThat(comparison(summary, "hit_rate@1").get("test").asText()).isEqualTo("mcnemar_exact");
        assertThat(comparison(summary, "ndcg@3").get("n_pairs").asInt()).isEqualTo(6);
        assertThat(comparison(summary, "ndcg@3").get("ci_low").isNumber()).isTrue();
        assertThat(model(summary, "oracle").get("thresholds").toString()).contains("\"ndcg@3\"", "\"passed\":true");
    }

    @Test
    void theCommandLineThresholdsADeclaredCutoffAndRefusesAnUndeclaredOne() {
        BenchmarkRun run = BenchmarkRun.of(output, RankingTestCase.Retrieval.class);

        dev.assay.testing.CliCall declared = dev.assay.testing.CliCall.of("report", "--out",
                output.resolve("cli").toString(), "--threshold", "oracle:ndcg@3>=0.99", run.runDir().toString());
        dev.assay.testing.CliCall undeclared = dev.assay.testing.CliCall.of("report", "--out",
                output.resolve("cli2").toString(), "--threshold", "ndcg@7>=0.5", run.runDir().toString());

        // The run's own lexical recall@3 threshold still fails: exit 1, not bad input.
        assertThat(declared.status()).as(declared.err()).isEqualTo(1);
        assertThat(declared.out()).doesNotContain("FAIL ranking \u203a oracle").contains("FAIL ranking \u203a lexical");
        assertThat(undeclared.status()).isEqualTo(2);
        assertThat(undeclared.err()).contains("ndcg@7");
    }

    @Test
    void eachRoundsSpreadUsesTheDeclaredCutOffs() {
        BenchmarkRun run = BenchmarkRun.of(output, RankingTestCase.RetrievalRounds.class);

        JsonNode summary = run.summary();
        JsonNode metrics = model(summary, "lexical").get("metrics");
        JsonNode spreads = model(summary, "lexical").at("/rounds/metrics");
        assertThat(spreads.fieldNames()).toIterable().contains("recall@1", "recall@3", "ndcg@3", "mrr@3")
                .noneMatch(name -> name.endsWith("@5") || name.endsWith("@10"));
        // The same ranking both rounds: each round's value is the overall one.
        assertThat(spreads.at("/recall@3/per_round")).extracting(JsonNode::asDouble)
                .containsExactly(metrics.at("/recall@3/value").asDouble(), metrics.at("/recall@3/value").asDouble());
    }

    @Test
    void aRecallThresholdTheLexicalModelMissesFailsItsSummaryWithTheInterval() {
        BenchmarkRun run = BenchmarkRun.of(output, RankingTestCase.Retrieval.class);

        run.results().testEvents().assertThatEvents().haveExactly(1, event(displayName("lexical \u203a summary"),
                finishedWithFailure(message(m -> m.contains("recall@3 0.75 is below the minimum 0.99 (95% CI ")
                        && m.contains("n=6)")))));
        run.results().testEvents().assertThatEvents().haveExactly(1, event(displayName("oracle \u203a summary"),
                finishedSuccessfully()));
    }

    @Test
    void aPredictedIdOutsideTheCorpusOrRankedTwiceBreaksTheCaseNamingIt() {
        BenchmarkRun run = BenchmarkRun.of(output, RankingTestCase.BadRankings.class);

        run.results().testEvents().assertThatEvents()
                .haveExactly(1, event(displayName("sloppy \u203a q1"), finishedWithFailure(message(
                        "model [sloppy] on case [q1]: the predicted id [d42] at rank 2 is not in the corpus "
                                + "[datasets/ranking/corpus.jsonl] (8 documents); predict ids of the corpus"))))
                .haveExactly(1, event(displayName("sloppy \u203a q2"), finishedWithFailure(message(
                        "model [sloppy] on case [q2]: the predicted ranking lists the id [d5] twice (ranks 1 and 3); "
                                + "a ranking lists each id once"))));
        List<JsonNode> journal = run.journal();
        assertThat(journal.stream().filter(r -> r.get("status").asText().equals("error"))).hasSize(2);
        // K = 10 is longer than every ranking: the missing ranks count as not relevant (trec_eval's P_10).
        JsonNode q3 = journal.stream().filter(r -> r.get("case").asText().equals("q3")).findFirst().orElseThrow();
        assertThat(q3.at("/scores/precision@10").asDouble()).isEqualTo(0.1);
        assertThat(q3.at("/scores/recall@10").asDouble()).isEqualTo(0.5);
    }

    @Test
    void aRelevantIdOutsideTheCorpusNamesTheCaseLineAndId() {
        assertThat(BenchmarkRun.of(output, RankingTestCase.UnknownRelevant.class).configurationError())
                .isEqualTo("Configuration error: case [q2] at [datasets/ranking/unknown-relevant.jsonl:2] judges the "
                        + "id [d99], which is not in the corpus [datasets/ranking/corpus.jsonl] (8 documents); fix the "
                        + "id or add the document to the corpus");
    }

    @Test
    void anEmptyRelevantSetNamesTheCaseAndTheRule() {
        assertThat(BenchmarkRun.of(output, RankingTestCase.EmptyRelevant.class).configurationError())
                .isEqualTo("Configuration error: case [q2] at [datasets/ranking/empty-relevant.jsonl:2] of ranking "
                        + "model [first]: no id is relevant (an empty list, or every grade 0); every query needs at "
                        + "least one relevant id, since recall, MRR, nDCG and AP are undefined without one");
    }

    @Test
    void aCorpusIdTwiceNamesBothLines() {
        assertThat(BenchmarkRun.of(output, RankingTestCase.DuplicateCorpus.class).configurationError())
                .isEqualTo("Configuration error: corpus [datasets/ranking/duplicate-corpus.jsonl] has the id [d1] "
                        + "twice, at lines 1 and 3; document ids must be unique");
    }

    @Test
    void aThresholdAtAnUndeclaredCutoffSaysWhichAreDeclared() {
        assertThat(BenchmarkRun.of(output, RankingTestCase.UndeclaredK.class).configurationError())
                .isEqualTo("Configuration error: @Threshold(metric = \"recall@5\") on [UndeclaredK] names the cut-off "
                        + "K = 5, but @Ranking(corpus = \"datasets/ranking/corpus.jsonl\") on [UndeclaredK] declares "
                        + "k = [1, 3]; add 5 to k or bound another K");
    }

    @Test
    void aCutoffBelowOneIsRejected() {
        assertThat(BenchmarkRun.of(output, RankingTestCase.ZeroK.class).configurationError())
                .isEqualTo("Configuration error: @Ranking(corpus = \"datasets/ranking/corpus.jsonl\") on [ZeroK] has "
                        + "k = [0, 5]: cut-off K = 0 is not between 1 and 999999");
    }

    @Test
    void aRankingModelWithoutRankingAnnotationSaysWhatToAdd() {
        assertThat(BenchmarkRun.of(output, RankingTestCase.NoRanking.class).configurationError())
                .startsWith("Configuration error: model [first] of [NoRanking] ranks ids, but the class has no "
                        + "@Ranking; add @Ranking(corpus = ");
        assertThat(BenchmarkRun.of(output.resolve("b"), RankingTestCase.CorpusWithoutRanking.class).configurationError())
                .isEqualTo("Configuration error: @BenchmarkTest on [first(BenchmarkCase, Outcome, Corpus)] takes a "
                        + "Corpus, but the class has no @Ranking naming one; add "
                        + "@Ranking(corpus = \"fixtures/datasets/NAME-corpus.jsonl\")");
    }

    private static Object json(JsonNode node) {
        return BenchmarkRun.json(node.toString()).isArray()
                ? new com.fasterxml.jackson.databind.ObjectMapper().convertValue(node, List.class)
                : new com.fasterxml.jackson.databind.ObjectMapper().convertValue(node, Map.class);
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
