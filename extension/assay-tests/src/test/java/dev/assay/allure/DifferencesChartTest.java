package dev.assay.allure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.assay.report.ComparisonResult;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

/** The differences of a comparison: right is always "candidate better", and a baseline of 0 keeps its row. */
class DifferencesChartTest {

    static ComparisonResult row(String metric, double baseline, double candidate, double ciLow, double ciHigh,
                                String verdict) {
        return new ComparisonResult("base", "cand", metric, baseline, candidate, candidate - baseline, ciLow, ciHigh,
                "paired_bootstrap", 0.01, 0.02, null, verdict, 40, 0, null, null, null, verdict.equals("cannot_tell"),
                null, "relative_difference", null, null, "holm", false);
    }

    static List<ComparisonResult> rows() {
        return List.of(
                row("accuracy", 0.8, 0.88, 0.04, 0.12, "better"),
                // mae fell from 10 to 8: the candidate is better, drawn to the right.
                row("mae", 10, 8, -3, -1, "better"),
                row("latency_p95_ms", 20, 25, 1, 9, "worse"),
                row("rmse", 12, 12.5, -0.5, 1.5, "cannot_tell"),
                // No relative difference from 0: kept, in absolute units.
                row("exact_match", 0, 0.1, 0.02, 0.18, "better"));
    }

    @Test
    void lowerIsBetterMetricsAreFlippedSoRightIsAlwaysBetterAndTheChartSaysSo() {
        JFreeChart chart = DifferencesChart.of("cand vs base: differences", rows());
        ChartSvg svg = ChartSvg.render(chart);

        XYPlot plot = chart.getXYPlot();
        // accuracy +10%, mae +20% (flipped from −20%), latency −25% (flipped from +25%), rmse −4.17%.
        assertThat(plot.getDataset(0).getXValue(0, 0)).isCloseTo(10, offset(1e-9));
        assertThat(plot.getDataset(0).getXValue(0, 1)).isCloseTo(20, offset(1e-9));
        assertThat(plot.getDataset(0).getXValue(0, 2)).isCloseTo(-25, offset(1e-9));
        // The interval flips with it: mae's [−3, −1] is [10%, 30%].
        assertThat(((IntervalXYDataset) plot.getDataset(0)).getStartXValue(0, 1))
                .isCloseTo(10, offset(1e-9));
        assertThat(svg.texts()).contains("right = candidate better; points: difference, bars: confidence interval",
                "\u2193 lower is better, drawn flipped as baseline \u2212 candidate: mae, latency_p95_ms, rmse",
                "\u2190 candidate worse | candidate better \u2192 (% of the baseline's value)",
                "mae \u2193 (better)", "latency_p95_ms \u2193 (worse)", "accuracy (better)");
    }

    @Test
    void aMetricWhoseBaselineIsZeroIsKeptOnAnAbsoluteAxis() {
        JFreeChart chart = DifferencesChart.of("cand vs base: differences", rows());
        ChartSvg svg = ChartSvg.render(chart);

        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset(1).getItemCount(0)).isEqualTo(1);
        assertThat(plot.getDataset(1).getXValue(0, 0)).isCloseTo(0.1, offset(1e-9));
        assertThat(svg.texts()).contains("exact_match (better, abs.)",
                "(abs.) rows: absolute difference, their baseline is 0");
        // Both axes are symmetric about 0, so their "no change" lines coincide.
        assertThat(plot.getDomainAxis(0).getLowerBound()).isEqualTo(-plot.getDomainAxis(0).getUpperBound());
        assertThat(plot.getDomainAxis(1).getLowerBound()).isEqualTo(-plot.getDomainAxis(1).getUpperBound());
    }

    @Test
    void onlyAWorseCandidateIsRed() {
        JFreeChart chart = DifferencesChart.of("cand vs base: differences", rows());
        ChartSvg.render(chart);

        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getRenderer(0).getItemPaint(0, 0)).isEqualTo(ChartColours.BETTER);
        assertThat(plot.getRenderer(0).getItemPaint(0, 2)).isEqualTo(ChartColours.WORSE);
        assertThat(plot.getRenderer(0).getItemPaint(0, 3)).isEqualTo(ChartColours.UNDECIDED);
    }

    @Test
    void aScoreWithoutACatalogDirectionTakesItFromItsVerdict() {
        // A score recorded with Better.LOWER: the comparison called a fall "better".
        assertThat(DifferencesChart.lowerIsBetter(row("score[toxicity]", 0.4, 0.3, -0.15, -0.05, "better"))).isTrue();
        assertThat(DifferencesChart.lowerIsBetter(row("score[helpfulness]", 0.4, 0.3, -0.15, -0.05, "worse"))).isFalse();
        assertThat(DifferencesChart.lowerIsBetter(row("mae", 10, 10.5, -1, 2, "cannot_tell"))).isTrue();
    }
}
