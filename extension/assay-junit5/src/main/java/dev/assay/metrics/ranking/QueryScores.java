package dev.assay.metrics.ranking;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code QueryScores} is used to score one query: a ranked list of ids against the query's
 * {@link Judgements}, in a corpus of a known size.
 *
 * <p>The definitions are trec_eval's (version 9.0.8: {@code m_recall.c}, {@code m_P.c},
 * {@code m_success.c}, {@code m_recip_rank.c}, {@code m_map.c}) and scikit-learn 1.2's
 * {@code ndcg_score}; {@code R} is the number of relevant ids, {@code rel(i)} whether the id at rank
 * {@code i} (from 1) is relevant:
 * <ul>
 *   <li>{@code recall@K} = relevant ids in the top K / R;</li>
 *   <li>{@code precision@K} = relevant ids in the top K / K, also when the ranking is shorter than K
 *       (the missing ranks count as not relevant, as trec_eval's {@code P_K});</li>
 *   <li>{@code hit_rate@K} = 1 when a relevant id is in the top K, else 0 (trec_eval's {@code success_K});</li>
 *   <li>{@code mrr} = 1 / the rank of the first relevant id, 0 when none is ranked ({@code recip_rank});
 *       {@code mrr@K} the same, 0 when the first relevant id ranks below K;</li>
 *   <li>{@code map} = the average precision: the sum of precision@i over the ranks i of relevant ids,
 *       divided by R (relevant ids never ranked add 0);</li>
 *   <li>{@code ndcg@K} = DCG@K / ideal DCG@K with linear gains (the grades) and discounts
 *       1 / log2(i + 1), as {@code ndcg_score(y_true, y_score, k=K)}: the ranked ids score above every
 *       unranked id of the corpus, and the unranked ids tie, so (as scikit-learn averages ties) each of
 *       their positions gains the mean grade of the unranked ids.</li>
 * </ul>
 */
@API(status = INTERNAL, since = "0.1")
public final class QueryScores {

    private final Judgements judgements;
    private final List<String> ranking;
    private final int corpusSize;
    /** hits[i]: relevant ids among the first i ranks. */
    private final int[] hits;
    private final int firstRelevant;
    private final double averagePrecision;

    /**
     * Scores a ranking.
     *
     * @param judgements the query's judgements
     * @param ranking the ranked ids, best first; each id at most once
     * @param corpusSize the number of ids that could have been ranked (nDCG's unranked ties)
     * @throws IllegalArgumentException when the ranking lists an id twice
     */
    public QueryScores(Judgements judgements, List<String> ranking, int corpusSize) {
        this.judgements = judgements;
        this.ranking = List.copyOf(ranking);
        // A ranking can never hold more ids than the corpus; a journal from another corpus must not break nDCG.
        this.corpusSize = Math.max(corpusSize, ranking.size());
        Set<String> seen = new HashSet<>();
        hits = new int[ranking.size() + 1];
        int first = 0;
        double precisionSum = 0;
        for (int i = 0; i < ranking.size(); i++) {
            String id = ranking.get(i);
            if (!seen.add(id)) {
                throw new IllegalArgumentException("the ranking lists the id [" + id + "] twice (ranks "
                        + (ranking.indexOf(id) + 1) + " and " + (i + 1) + "); a ranking lists each id once");
            }
            boolean relevant = judgements.isRelevant(id);
            hits[i + 1] = hits[i] + (relevant ? 1 : 0);
            if (relevant) {
                first = first == 0 ? i + 1 : first;
                precisionSum += (double) hits[i + 1] / (i + 1);
            }
        }
        firstRelevant = first;
        averagePrecision = precisionSum / judgements.relevantCount();
    }

    private int hitsAt(int k) {
        return hits[Math.min(k, ranking.size())];
    }

    /** Relevant ids in the top {@code k}, over all relevant ids. */
    public double recallAt(int k) {
        return (double) hitsAt(k) / judgements.relevantCount();
    }

    /** Relevant ids in the top {@code k}, over {@code k}. */
    public double precisionAt(int k) {
        return (double) hitsAt(k) / k;
    }

    /** 1 when a relevant id is in the top {@code k}, else 0. */
    public double hitRateAt(int k) {
        return hitsAt(k) > 0 ? 1 : 0;
    }

    /** The reciprocal rank of the first relevant id; 0 when none is ranked. */
    public double reciprocalRank() {
        return firstRelevant == 0 ? 0 : 1.0 / firstRelevant;
    }

    /** The reciprocal rank of the first relevant id when it is in the top {@code k}, else 0. */
    public double reciprocalRankAt(int k) {
        return firstRelevant == 0 || firstRelevant > k ? 0 : 1.0 / firstRelevant;
    }

    /** trec_eval's average precision. */
    public double averagePrecision() {
        return averagePrecision;
    }

    /** scikit-learn's {@code ndcg_score} at {@code k}; 0 when no id has a grade above 0. */
    public double ndcgAt(int k) {
        double ideal = idealDcg(k);
        return ideal == 0 ? 0 : dcg(k) / ideal;
    }

    private double dcg(int k) {
        int ranked = Math.min(k, ranking.size());
        double dcg = 0;
        double rankedGain = 0;
        for (int i = 0; i < ranking.size(); i++) {
            double gain = judgements.grade(ranking.get(i));
            rankedGain += gain;
            if (i < ranked) {
                dcg += gain * discount(i + 1);
            }
        }
        int unranked = corpusSize - ranking.size();
        if (unranked > 0 && k > ranking.size()) {
            double totalGain = judgements.grades().values().stream().mapToDouble(Double::doubleValue).sum();
            // scikit-learn's _tie_averaged_dcg: the tied group's mean gain times the discounts of its places within k.
            double meanGain = (totalGain - rankedGain) / unranked;
            double discounts = 0;
            for (int position = ranking.size() + 1; position <= Math.min(k, corpusSize); position++) {
                discounts += discount(position);
            }
            dcg += meanGain * discounts;
        }
        return dcg;
    }

    private double idealDcg(int k) {
        double[] gains = judgements.grades().values().stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(gains);
        double dcg = 0;
        for (int i = 0; i < Math.min(k, gains.length); i++) {
            dcg += gains[gains.length - 1 - i] * discount(i + 1);
        }
        return dcg;
    }

    /** 1 / log2(position + 1), for positions from 1. */
    private static double discount(int position) {
        return 1.0 / (Math.log(position + 1) / Math.log(2));
    }
}
