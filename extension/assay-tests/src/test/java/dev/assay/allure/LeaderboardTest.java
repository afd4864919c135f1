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

    @Test
    void theDescriptionNamesEachBenchmarksLeaderAboveItsTable() {
        String spaced = Leaderboard.headline(Leaderboard.rank(summary(), null), null);
        // Each cell padded, so Allure 2 (which does not style a description) keeps values apart.
        assertThat(spaced).contains("<td style=\"padding:1px 8px\">ridge</td>");
        String html = spaced.replaceAll(" style=\"padding:1px 8px\"|padding:1px 8px;", "");

        assertThat(html).contains("<p><b>sentiment</b>: <b>bert</b> ties for the lead with <b>llm</b> on accuracy with "
                + "0.9 [0.85, 0.95]; 5 models.</p>");
        assertThat(html).contains("<p><b>diabetes</b>: <b>ridge</b> leads on mae (lower is better) with 40 [39.95, 40.05]; "
                + "2 models.</p>");
        assertThat(html.indexOf("<b>sentiment</b>")).isLessThan(html.indexOf("<b>diabetes</b>"));
        assertThat(html).contains("<td>ridge</td><td align=\"right\">0.8</td><td>[0.75, 0.85]</td>"
                + "<td align=\"right\">38 / 40</td><td style=\"color:#b3261e\">significantly worse</td>");
        assertThat(html).contains("its first threshold's metric");
    }

    @Test
    void modelNamesInTheDescriptionAreEscaped() {
        Summary summary = new Summary();
        Summary.BenchmarkResult b = new Summary.BenchmarkResult();
        b.benchmark = "<script>";
        b.models.add(model("<img src=x>", "accuracy", 0.9, 40, 40));
        summary.benchmarks.add(b);

        assertThat(Leaderboard.headline(Leaderboard.rank(summary, null), "accuracy"))
                .contains("&lt;img src=x&gt;", "&lt;script&gt;").doesNotContain("<img", "<script>");
    }

    @Test
    void eachBenchmarkWithLatencyAndItsMetricGetsASpeedVsQualityChart() {
        Summary summary = new Summary();
        summary.benchmarks.add(SpeedQualityChartTest.benchmark("sentiment", "accuracy"));
        summary.benchmarks.add(SpeedQualityChartTest.benchmark("diabetes", "mae"));
        Summary.BenchmarkResult none = new Summary.BenchmarkResult();
        none.benchmark = "without-latency";
        none.models.add(model("m", "accuracy", 0.9, 40, 40));
        summary.benchmarks.add(none);
        for (Summary.BenchmarkResult b : summary.benchmarks.subList(0, 2)) {
            // Each benchmark's primary metric is its first threshold's.
            String metric = b.benchmark.equals("diabetes") ? "mae" : "accuracy";
            b.models.forEach(m -> m.thresholds = List.of(
                    new Summary.ThresholdResult(metric, null, null, m.metrics.get(metric).value(), true)));
        }

        List<Svg.Chart> charts = Leaderboard.charts(summary, null);

        assertThat(charts).extracting(Svg.Chart::name)
                .containsExactly("speed vs quality (sentiment)", "speed vs quality (diabetes)");
        assertThat(charts.get(0).svg()).contains("sentiment: speed vs accuracy", "bert", "tfidf");
        assertThat(charts.get(1).svg()).contains("diabetes: speed vs mae", "bert", "tfidf");
    }
}
