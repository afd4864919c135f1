package dev.assay.allure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.Summary;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/** The recall@K curve of a ranking model: one point per declared cut-off, with the summary's interval. */
class RankingChartsTest {

    private static Summary.Estimate estimate(double value, double low, double high) {
        return new Summary.Estimate(value, low, high, "bca");
    }

    @Test
    void drawsRecallAtEachCutoffInOrderWithItsInterval() {
        Map<String, Summary.Estimate> metrics = new LinkedHashMap<>();
        metrics.put("recall@10", estimate(0.9, 0.8, 0.95));
        metrics.put("recall@1", estimate(0.3, 0.2, 0.4));
        metrics.put("recall@5", estimate(0.7, 0.6, 0.8));
        metrics.put("ndcg@5", estimate(0.5, 0.4, 0.6));
        metrics.put("mrr", estimate(0.8, 0.7, 0.9));

        JFreeChart chart = RankingCharts.recallAtK("minilm: recall@K", metrics);

        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        assertThat(data.getItemCount(0)).isEqualTo(3);
        assertThat(new double[] {data.getXValue(0, 0), data.getXValue(0, 1), data.getXValue(0, 2)})
                .containsExactly(1, 5, 10);
        assertThat(data.getYValue(0, 1)).isEqualTo(0.7);
        assertThat(data.getStartYValue(0, 1)).isEqualTo(0.6);
        assertThat(data.getEndYValue(0, 1)).isEqualTo(0.8);
        assertThat(ChartSvg.render(chart).texts()).contains("minilm: recall@K", "K (cut-off)", "1", "5", "10");
    }

    @Test
    void drawsNothingForFewerThanTwoCutoffs() {
        assertThat(RankingCharts.recallAtK("m", Map.of("recall@5", estimate(0.7, 0.6, 0.8)))).isNull();
    }
}
