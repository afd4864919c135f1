package dev.assay.allure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.ComparisonResult;
import dev.assay.report.Summary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The leaderboard ranks within each benchmark: ties share a rank, n ok / n shows, the paired tests say "worse". */
class LeaderboardTest {

    private static Summary.ModelResult model(String name, String metric, double value, int nOk, int n) {
        Summary.ModelResult m = new Summary.ModelResult();
        m.model = name;
        m.n = n;
        m.nOk = nOk;
        m.metrics = Map.of(metric, new Summary.Estimate(value, value - 0.05, value + 0.05, "bootstrap_percentile"));
        // The primary metric is the first threshold's.
        m.thresholds = List.of(new Summary.ThresholdResult(metric, null, null, value, true));
        return m;
    }

    private static ComparisonResult comparison(String baseline, String candidate, String metric, String verdict) {
        return new ComparisonResult(baseline, candidate, metric, 0.9, 0.8, -0.1, -0.15, -0.05, "mcnemar_exact", 0.001,
                0.002, 4.0, verdict, 40, 0, 1, 5, 0.05, false, "note", "discordant_odds_ratio", 1.2, 9.0, "holm", false);
    }

    private static Summary summary() {
        Summary.BenchmarkResult sentiment = new Summary.BenchmarkResult();
        sentiment.benchmark = "sentiment";
        sentiment.models.addAll(List.of(model("ridge", "accuracy", 0.80, 38, 40), model("bert", "accuracy", 0.90, 40, 40),
                model("lexicon", "accuracy", 0.80, 40, 40), model("llm", "accuracy", 0.90, 40, 40),
                model("tfidf", "accuracy", 0.70, 40, 40)));
        sentiment.comparisons.add(comparison("bert", "ridge", "accuracy", "worse"));
        sentiment.comparisons.add(comparison("lexicon", "bert", "accuracy", "cannot_tell"));
        Summary.BenchmarkResult diabetes = new Summary.BenchmarkResult();
        diabetes.benchmark = "diabetes";
        diabetes.models.addAll(List.of(model("ridge", "mae", 40, 40, 40), model("tree", "mae", 45, 40, 40)));
        Summary summary = new Summary();
        summary.benchmarks.addAll(List.of(sentiment, diabetes));
        return summary;
    }

    @Test
    void equalValuesShareARankAndBenchmarksAreRankedApart() {
        List<Leaderboard.Entry> entries = Leaderboard.rank(summary(), null);

        assertThat(entries.stream().filter(e -> e.benchmark().equals("sentiment")).map(e -> e.model() + "#" + e.rank()))
                .containsExactly("bert#1", "llm#1", "ridge#3", "lexicon#3", "tfidf#5");
        // mae is lower-is-better; ridge of diabetes is not the ridge of sentiment.
        assertThat(entries.stream().filter(e -> e.benchmark().equals("diabetes")).map(e -> e.model() + "#" + e.rank()))
                .containsExactly("ridge#1", "tree#2");
        assertThat(entries.stream().filter(e -> e.benchmark().equals("diabetes")).map(Leaderboard.Entry::metric))
                .containsOnly("mae");
    }

    @Test
    void eachRowSaysItsOkCasesAndWhetherThePairedTestFoundItWorseThanTheLeader() {
        List<Leaderboard.Entry> entries = Leaderboard.rank(summary(), "accuracy");
        Leaderboard.Entry ridge = entries.stream().filter(e -> e.model().equals("ridge")).findFirst().orElseThrow();
        Leaderboard.Entry lexicon = entries.stream().filter(e -> e.model().equals("lexicon")).findFirst().orElseThrow();
        Leaderboard.Entry llm = entries.stream().filter(e -> e.model().equals("llm")).findFirst().orElseThrow();

        assertThat(ridge.worseThanLeader()).isTrue();
        assertThat(lexicon.worseThanLeader()).isFalse();
        assertThat(llm.worseThanLeader()).isNull();
        String html = Leaderboard.html(entries, "accuracy");
        assertThat(html).contains("<td>38 / 40</td>", "significantly worse", "not shown worse", "no paired test",
                "different numbers of ok cases").doesNotContain("mean rank");
    }
}
