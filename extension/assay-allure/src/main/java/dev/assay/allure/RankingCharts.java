package dev.assay.allure;

import dev.assay.metrics.ranking.RankingMetrics;
import dev.assay.report.Summary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * {@code RankingCharts} draws the charts of a ranking model: its {@code recall@K} at each cut-off the
 * benchmark declared, with the summary's confidence interval as a band, so a reader sees how fast
 * relevant ids come into the top K and how sure the run is of it.
 */
final class RankingCharts {

    private RankingCharts() {
    }

    /**
     * The recall@K curve from a model's summary metrics; null (no chart) when fewer than two cut-offs have a
     * value. Points without an interval are drawn with a zero-width band.
     */
    static JFreeChart recallAtK(String title, Map<String, Summary.Estimate> metrics) {
        Map<Integer, Summary.Estimate> byK = new TreeMap<>();
        metrics.forEach((name, estimate) -> {
            OptionalInt k = RankingMetrics.cutoff(name);
            if (name.startsWith("recall@") && k.isPresent() && estimate != null && estimate.value() != null) {
                byK.put(k.getAsInt(), estimate);
            }
        });
        if (byK.size() < 2) {
            return null;
        }
        YIntervalSeries series = new YIntervalSeries("recall@K");
        byK.forEach((k, e) -> series.add(k, e.value(), e.ciLow() != null ? e.ciLow() : e.value(),
                e.ciHigh() != null ? e.ciHigh() : e.value()));
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        JFreeChart chart = ChartFactory.createXYLineChart(ChartLabels.title(title), "K (cut-off)", "recall@K", data,
                PlotOrientation.VERTICAL, false, true, false);
        chart.addSubtitle(new TextTitle("share of relevant ids in the top K, mean over queries; band: confidence interval"));
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setSeriesPaint(0, ChartColours.NEUTRAL);
        renderer.setSeriesFillPaint(0, ChartColours.NEUTRAL);
        renderer.setSeriesStroke(0, new BasicStroke(1.6f));
        renderer.setAlpha(0.2f);
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        // Cut-offs are whole numbers: no tick at K = 2.5.
        plot.getDomainAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.getRangeAxis().setRange(0, 1.02);
        return chart;
    }
}
