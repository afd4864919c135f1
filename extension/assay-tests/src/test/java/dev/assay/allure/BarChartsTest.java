package dev.assay.allure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** Per-label bars print their values, rendered to SVG and read back. */
class BarChartsTest {

    static Map<String, Double> f1() {
        Map<String, Double> f1 = new LinkedHashMap<>();
        f1.put("positive", 0.953);
        f1.put("negative", 0.5);
        f1.put("neutral", 0.125);
        f1.put("mixed", 0.0);
        return f1;
    }

    @Test
    void eachF1BarPrintsItsValueAlsoWhereTheBarNearlyFillsTheAxis() {
        JFreeChart chart = BarCharts.labelF1("m: F1 per label", f1());
        ChartSvg svg = ChartSvg.render(chart);

        assertThat(svg.texts()).contains("0.953", "0.5", "0.125", "0", "positive", "mixed");
        assertThat(chart.getCategoryPlot().getRangeAxis().getUpperBound()).isEqualTo(1.0);
        assertThat(chart.getCategoryPlot().getRenderer().getSeriesPaint(0)).isEqualTo(ChartColours.NEUTRAL);
    }

    @Test
    void theF1ChangePrintsEachChangeGreenWhereBetterRedWhereWorse() {
        Map<String, Double> candidate = new LinkedHashMap<>(f1());
        candidate.put("positive", 0.9);
        candidate.put("neutral", 0.375);
        JFreeChart chart = BarCharts.labelImprovement("c vs b: F1 per label", f1(), candidate);
        ChartSvg svg = ChartSvg.render(chart);

        assertThat(svg.texts()).contains("-0.053", "0.25");
        assertThat(chart.getCategoryPlot().getRenderer().getItemPaint(0, 0)).isEqualTo(ChartColours.WORSE);
        assertThat(chart.getCategoryPlot().getRenderer().getItemPaint(0, 2)).isEqualTo(ChartColours.BETTER);
    }
}
