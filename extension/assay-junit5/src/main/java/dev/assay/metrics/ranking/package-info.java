/**
 * Ranking and retrieval metrics: {@code recall@K}, {@code precision@K}, {@code hit_rate@K},
 * {@code mrr}, {@code mrr@K}, {@code ndcg@K} and {@code map}, defined as {@code trec_eval} and
 * scikit-learn define them.
 *
 * <p>{@link Judgements} reads one query's relevant ids (optionally graded); {@link QueryScores}
 * scores one ranked list against them; {@link RankingMetrics} names the metrics for a benchmark's
 * cut-offs and binds them to a model's queries as per-query means ({@link PerQueryMean}), so the
 * same values give point estimates, bootstrap intervals over queries and paired tests.
 */
package dev.assay.metrics.ranking;
