package dev.assay.junit;

import dev.assay.api.Corpus;
import dev.assay.metrics.ranking.Judgements;
import dev.assay.metrics.ranking.RankingMetrics;
import dev.assay.report.BenchmarkSpec;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code RankedPrediction} checks the ranked ids a ranking model predicted for one query, and scores
 * them for the case's record: each metric's per-query value goes into the record's {@code scores}
 * ({@code "ndcg@10": 0.73}), where {@code @CaseThreshold} and readers of the journal find it.
 */
final class RankedPrediction {

    private RankedPrediction() {
    }

    /**
     * Why a ranking cannot be scored, or null when it can: an id ranked twice would count its gain twice,
     * and an id outside the corpus is a bug in the model's wiring, not a miss.
     */
    static String problem(List<String> ranking, Corpus corpus) {
        Map<String, Integer> rankOf = new HashMap<>();
        for (int i = 0; i < ranking.size(); i++) {
            String id = ranking.get(i);
            Integer first = rankOf.putIfAbsent(id, i + 1);
            if (first != null) {
                return "the predicted ranking lists the id [" + id + "] twice (ranks " + first + " and " + (i + 1)
                        + "); a ranking lists each id once";
            }
            if (corpus != null && !corpus.contains(id)) {
                return "the predicted id [" + id + "] at rank " + (i + 1) + " is not in the corpus [" + corpus.location()
                        + "] (" + corpus.size() + " documents); predict ids of the corpus";
            }
        }
        return null;
    }

    /** The case's scores: what the method recorded, then every ranking metric's value for this query. */
    static Map<String, Double> scores(BenchmarkSpec.RankingSpec spec, Object expected, List<String> ranking,
                                      Map<String, Double> recorded) {
        Map<String, Double> scores = new LinkedHashMap<>(recorded);
        scores.putAll(RankingMetrics.perQuery(Judgements.parse(expected), ranking, spec.k(), spec.corpusSize()));
        return scores;
    }
}
