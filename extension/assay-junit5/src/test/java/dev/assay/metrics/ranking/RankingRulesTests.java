package dev.assay.metrics.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documented rules of the ranking metrics: bad rankings, bad judgements, short rankings, names. */
class RankingRulesTests {

    @Test
    void aRankingShorterThanKCountsTheMissingRanksAsNotRelevant() {
        Map<String, Double> v = RankingMetrics.perQuery(Judgements.parse(List.of("d1", "d2")), List.of("d1", "x"),
                new int[] {10}, 100);
        assertThat(v.get("precision@10")).isEqualTo(0.1);
        assertThat(v.get("recall@10")).isEqualTo(0.5);
        assertThat(v.get("hit_rate@10")).isEqualTo(1.0);
    }

    @Test
    void rejectsAnIdRankedTwiceNamingBothRanks() {
        assertThatThrownBy(() -> RankingMetrics.perQuery(Judgements.parse(List.of("d1")), List.of("d1", "d2", "d1"),
                new int[] {1}, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the ranking lists the id [d1] twice (ranks 1 and 3); a ranking lists each id once");
    }

    @Test
    void rejectsAnEmptyRelevantSet() {
        assertThatThrownBy(() -> Judgements.parse(List.of())).hasMessageStartingWith("no id is relevant");
        assertThatThrownBy(() -> Judgements.parse(Map.of("d1", 0))).hasMessageStartingWith("no id is relevant");
    }

    @Test
    void rejectsNegativeGradesAndOtherShapes() {
        assertThatThrownBy(() -> Judgements.parse(Map.of("d1", -1)))
                .hasMessage("the grade of id [d1] is [-1]; grades are numbers of 0 or more (0: judged not relevant)");
        assertThatThrownBy(() -> Judgements.parse("d1")).hasMessageContaining("{\"d3\": 2, \"d7\": 1}");
        assertThatThrownBy(() -> Judgements.parse(List.of("d1", "d1"))).hasMessageContaining("listed twice");
    }

    @Test
    void readsIdsAsLabelsAreRead() {
        assertThat(Judgements.parse(List.of(3.0, 7)).grades()).containsOnlyKeys("3", "7");
        assertThat(Judgements.idsOf(List.of(3.0, "a"))).containsExactly("3", "a");
    }

    @Test
    void namesMetricsInADocumentedOrder() {
        assertThat(RankingMetrics.names(new int[] {1, 5})).containsExactly("recall@1", "recall@5", "precision@1",
                "precision@5", "hit_rate@1", "hit_rate@5", "ndcg@1", "ndcg@5", "mrr", "mrr@1", "mrr@5", "map");
        assertThat(RankingMetrics.isRankingMetric("ndcg@10")).isTrue();
        assertThat(RankingMetrics.isRankingMetric("ndcg@0")).isFalse();
        assertThat(RankingMetrics.isRankingMetric("ndcg")).isFalse();
        assertThat(RankingMetrics.cutoff("hit_rate@20")).hasValue(20);
    }

    @Test
    void rejectsBadCutoffs() {
        assertThatThrownBy(() -> RankingMetrics.checkCutoffs(new int[] {})).hasMessageStartingWith("no cut-off");
        assertThatThrownBy(() -> RankingMetrics.checkCutoffs(new int[] {0})).hasMessageContaining("K = 0");
        assertThatThrownBy(() -> RankingMetrics.checkCutoffs(new int[] {5, 5})).hasMessageContaining("repeat");
    }

    @Test
    void hitRateIsTheOneBinaryMetric() {
        var metrics = RankingMetrics.bind(List.of(Judgements.parse(List.of("a"))), List.of(List.of("a")),
                new int[] {1}, 3);
        assertThat(((PerQueryMean) metrics.get("hit_rate@1")).binary()).isTrue();
        assertThat(((PerQueryMean) metrics.get("recall@1")).binary()).isFalse();
        assertThat(metrics.get("ndcg@1").compute(new int[] {0})).isCloseTo(1.0, within(1e-15));
    }
}
