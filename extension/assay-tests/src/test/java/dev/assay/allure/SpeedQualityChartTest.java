package dev.assay.allure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.Summary;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

/** Latency p50 against the primary metric, one named point per model with intervals both ways. */
class SpeedQualityChartTest {

    static Summary.ModelResult model(String name, Double latency, String metric, double value) {
        Summary.ModelResult m = new Summary.ModelResult();
        m.model = name;
        m.n = 40;
        m.nOk = 40;
        Map<String, Summary.Estimate> metrics = new LinkedHashMap<>();
        metrics.put(metric, new Summary.Estimate(value, value - 0.05, value + 0.05, "bootstrap_bca"));
        if (latency != null) {
            metrics.put("latency_p50_ms", new Summary.Estimate(latency, latency * 0.8, latency * 1.3, "bootstrap_percentile"));
        }
        m.metrics = metrics;
        return m;
    }

    static Summary.BenchmarkResult benchmark(String name, String metric) {
        Summary.BenchmarkResult b = new Summary.BenchmarkResult();
        b.benchmark = name;
        b.models.add(model("bert", 42.0, metric, 0.91));
        b.models.add(model("tfidf", 0.8, metric, 0.78));
        b.models.add(model("llm", 850.0, metric, 0.93));
        b.models.add(model("no-latency", null, metric, 0.5));
        return b;
    }

    @Test
    void eachModelIsANamedPointWithItsIntervalsInBothDirections() {
        JFreeChart chart = SpeedQualityChart.of(benchmark("sentiment", "accuracy"), "accuracy", false);
        ChartSvg svg = ChartSvg.render(chart);

        IntervalXYDataset data = (IntervalXYDataset) chart.getXYPlot().getDataset();
        assertThat(data.getItemCount(0)).isEqualTo(3);
        assertThat(data.getXValue(0, 0)).isEqualTo(42.0);
        assertThat(data.getStartXValue(0, 0)).isEqualTo(42.0 * 0.8);
        assertThat(data.getEndXValue(0, 0)).isEqualTo(42.0 * 1.3);
        assertThat(data.getStartYValue(0, 0)).isEqualTo(0.91 - 0.05);
        assertThat(data.getEndYValue(0, 0)).isEqualTo(0.91 + 0.05);
        assertThat(svg.texts()).contains("bert", "tfidf", "llm", "sentiment: speed vs accuracy",
                "latency p50 (ms, log scale), faster \u2190").doesNotContain("no-latency");
        // Rotated axis labels are drawn as outlines, not text: read from the chart.
        assertThat(chart.getXYPlot().getRangeAxis().getLabel()).isEqualTo("accuracy, better \u2191");
        // 0.8 ms beside 850 ms: a log axis, so the fast model does not sit on the edge.
        assertThat(chart.getXYPlot().getDomainAxis()).isInstanceOf(LogAxis.class);
        assertThat(chart.getXYPlot().getDomainAxis().getLowerBound()).isPositive().isLessThan(0.8 * 0.8);
    }

    @Test
    void aLowerIsBetterMetricTurnsItsAxisOverSoTopLeftIsStillBest() {
        JFreeChart chart = SpeedQualityChart.of(benchmark("diabetes", "mae"), "mae", true);
        ChartSvg svg = ChartSvg.render(chart);

        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getRangeAxis().isInverted()).isTrue();
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("mae (lower is better, axis turned over)");
        assertThat(svg.texts()).contains("one point per model, bars: confidence intervals; top left is fast and good");
    }

    @Test
    void latenciesOfOneOrderOfMagnitudeGetALinearAxisFromZero() {
        Summary.BenchmarkResult b = new Summary.BenchmarkResult();
        b.benchmark = "close";
        b.models.add(model("a", 12.0, "accuracy", 0.8));
        b.models.add(model("b", 30.0, "accuracy", 0.9));
        JFreeChart chart = SpeedQualityChart.of(b, "accuracy", false);
        ChartSvg svg = ChartSvg.render(chart);

        assertThat(chart.getXYPlot().getDomainAxis()).isInstanceOf(NumberAxis.class);
        assertThat(chart.getXYPlot().getDomainAxis().getLowerBound()).isZero();
        assertThat(svg.texts()).contains("a", "b", "latency p50 (ms), faster \u2190");
    }

    @Test
    void thereIsNoChartWithoutLatencyOrWhenTheMetricIsTheLatency() {
        Summary.BenchmarkResult b = new Summary.BenchmarkResult();
        b.benchmark = "b";
        b.models.add(model("m", null, "accuracy", 0.9));
        assertThat(SpeedQualityChart.of(b, "accuracy", false)).isNull();
        assertThat(SpeedQualityChart.of(benchmark("b", "accuracy"), "latency_p50_ms", true)).isNull();
    }
}
