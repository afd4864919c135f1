package dev.assay.junit;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Compare;
import dev.assay.api.Corpus;
import dev.assay.api.Outcome;
import dev.assay.api.Ranking;
import dev.assay.api.Task;
import dev.assay.api.Threshold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Fixtures: ranking benchmarks over a corpus of eight documents, and ones wrong in one way each. */
class RankingTestCase {

    /** How often the lexical index was built: once per run of {@link Retrieval}, however many queries. */
    static final AtomicInteger INDEX_BUILDS = new AtomicInteger();

    /** Word overlap between the query and each document, ties in corpus order. */
    static List<String> overlap(Corpus corpus, List<Set<String>> index, String query, int top) {
        Set<String> words = new HashSet<>(Arrays.asList(query.split(" ")));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -(int) index.get(i).stream().filter(words::contains).count()));
        return order.stream().limit(top).map(i -> corpus.ids().get(i)).toList();
    }

    static List<Set<String>> index(Corpus corpus) {
        INDEX_BUILDS.incrementAndGet();
        return corpus.texts().stream().map(t -> (Set<String>) new HashSet<>(Arrays.asList(t.split(" ")))).toList();
    }

    @Benchmark("ranking")
    @CaseSource("datasets/ranking/queries.jsonl")
    @Ranking(corpus = "datasets/ranking/corpus.jsonl", k = {3, 1})
    @Threshold(metric = "ndcg@3", min = 0.9, model = "oracle")
    @Threshold(metric = "recall@3", min = 0.99, model = "lexical")
    @Compare(baseline = "lexical", candidate = "oracle")
    static class Retrieval {

        @BenchmarkTest(model = "lexical")
        void lexical(BenchmarkCase c, Outcome out, Corpus corpus) {
            List<Set<String>> index = corpus.getOrCompute("lexical", RankingTestCase::index);
            out.predict(overlap(corpus, index, c.text("query"), 5));
        }

        /** The relevant ids by grade, then the rest in corpus order: a perfect ranking. */
        @BenchmarkTest(model = "oracle", task = Task.RANKING)
        void oracle(BenchmarkCase c, Outcome out, Corpus corpus) {
            Map<String, Double> grades = new java.util.LinkedHashMap<>();
            if (c.expected() instanceof Map<?, ?> graded) {
                graded.forEach((id, g) -> grades.put((String) id, ((Number) g).doubleValue()));
            } else {
                c.expectedLabels().forEach(id -> grades.put(id, 1.0));
            }
            List<String> ranking = new ArrayList<>(corpus.ids());
            ranking.sort(Comparator.comparingDouble(id -> -grades.getOrDefault(id, 0.0)));
            out.predict(ranking.subList(0, 4));
        }
    }

    /** The lexical model twice over the queries: each round's metrics at the declared cut-offs. */
    @Benchmark("ranking-rounds")
    @CaseSource("datasets/ranking/queries.jsonl")
    @Ranking(corpus = "datasets/ranking/corpus.jsonl", k = {3, 1})
    static class RetrievalRounds {

        @BenchmarkTest(model = "lexical", rounds = 2)
        void lexical(BenchmarkCase c, Outcome out, Corpus corpus) {
            List<Set<String>> index = corpus.getOrCompute("lexical", RankingTestCase::index);
            out.predict(overlap(corpus, index, c.text("query"), 5));
        }
    }

    abstract static class Base {
        @BenchmarkTest(model = "first")
        void first(BenchmarkCase c, Outcome out, Corpus corpus) {
            out.predict(corpus.ids().subList(0, 3));
        }
    }

    @Benchmark("unknown-relevant")
    @CaseSource("datasets/ranking/unknown-relevant.jsonl")
    @Ranking(corpus = "datasets/ranking/corpus.jsonl")
    static class UnknownRelevant extends Base {
    }

    @Benchmark("empty-relevant")
    @CaseSource("datasets/ranking/empty-relevant.jsonl")
    @Ranking(corpus = "datasets/ranking/corpus.jsonl")
    static class EmptyRelevant extends Base {
    }

    @Benchmark("duplicate-corpus")
    @CaseSource("datasets/ranking/queries.jsonl")
    @Ranking(corpus = "datasets/ranking/duplicate-corpus.jsonl")
    static class DuplicateCorpus extends Base {
    }

    @Benchmark("undeclared-k")
    @CaseSource("datasets/ranking/queries.jsonl")
    @Ranking(corpus = "datasets/ranking/corpus.jsonl", k = {1, 3})
    @Threshold(metric = "recall@5", min = 0.5)
    static class UndeclaredK extends Base {
    }

    @Benchmark("zero-k")
    @CaseSource("datasets/ranking/queries.jsonl")
    @Ranking(corpus = "datasets/ranking/corpus.jsonl", k = {0, 5})
    static class ZeroK extends Base {
    }

    @Benchmark("no-ranking")
    @CaseSource("datasets/ranking/queries.jsonl")
    static class NoRanking {
        @BenchmarkTest(model = "first", task = Task.RANKING)
        void first(BenchmarkCase c, Outcome out) {
            out.predict(List.of("d1"));
        }
    }

    @Benchmark("corpus-without-ranking")
    @CaseSource("datasets/ranking/queries.jsonl")
    static class CorpusWithoutRanking {
        @BenchmarkTest(model = "first", task = Task.MULTILABEL)
        void first(BenchmarkCase c, Outcome out, Corpus corpus) {
            out.predict(List.of("d1"));
        }
    }

    @Benchmark("bad-rankings")
    @CaseSource("datasets/ranking/queries.jsonl")
    @Ranking(corpus = "datasets/ranking/corpus.jsonl", k = {1, 10})
    static class BadRankings {
        /** q1 ranks an id the corpus lacks, q2 an id twice; the others rank two ids, fewer than K = 10. */
        @BenchmarkTest(model = "sloppy")
        void sloppy(BenchmarkCase c, Outcome out) {
            switch (c.id()) {
                case "q1" -> out.predict(List.of("d1", "d42"));
                case "q2" -> out.predict(List.of("d5", "d2", "d5"));
                default -> out.predict(List.of("d3", "d6"));
            }
        }
    }
}
