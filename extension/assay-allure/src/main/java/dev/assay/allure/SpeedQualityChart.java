package dev.assay.allure;

import dev.assay.report.Display;
import dev.assay.report.Summary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * {@code SpeedQualityChart} puts a benchmark's models on one plane: median latency
 * ({@code latency_p50_ms}) across, the benchmark's primary metric up, each point named by its model
 * with its intervals in both directions. The metric axis is turned over for a lower-is-better metric,
 * so the top left corner is always fast and good.
 */
final class SpeedQualityChart {

    static final String LATENCY = "latency_p50_ms";
    private static final double LOG_SPAN = 20;

    private SpeedQualityChart() {
    }

    /**
     * The chart for one benchmark, or null when no model has both the latency and {@code metric} (or
     * the metric is the latency itself).
     */
    static JFreeChart of(Summary.BenchmarkResult benchmark, String metric, boolean lowerIsBetter) {
        if (metric.equals(LATENCY)) {
            return null;
        }
        XYIntervalSeries points = new XYIntervalSeries("models", false, true);
        List<String> names = new ArrayList<>();
        for (Summary.ModelResult m : benchmark.models) {
            Summary.Estimate x = m.metrics.get(LATENCY);
            Summary.Estimate y = m.metrics.get(metric);
            if (x == null || y == null || x.value() == null || y.value() == null) {
                continue;
            }
            points.add(x.value(), low(x), high(x), y.value(), low(y), high(y));
            names.add(Display.shorten(m.model, Display.CHART_LABEL));
        }
        if (names.isEmpty()) {
            return null;
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(points);
        ValueAxis latency = latencyAxis(points);
        NumberAxis quality = new NumberAxis(Display.shorten(metric, Display.CHART_LABEL)
                + (lowerIsBetter ? " (lower is better, axis turned over)" : ", better \u2191"));
        quality.setAutoRangeIncludesZero(false);
        quality.setInverted(lowerIsBetter);
        quality.setLowerMargin(0.12);
        quality.setUpperMargin(0.12);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setSeriesPaint(0, ChartColours.NEUTRAL);
        renderer.setErrorStroke(new BasicStroke(1.2f));
        renderer.setCapLength(6);
        renderer.setDefaultShapesVisible(true);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultItemLabelGenerator((dataset, series, item) -> names.get(item));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        renderer.setDefaultItemLabelPaint(ChartColours.MARK);
        // The name to the upper right of its point, clear of the error bars that cross it.
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE1,
                TextAnchor.BOTTOM_LEFT));
        XYPlot plot = new XYPlot(data, latency, quality, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(ChartLabels.title(benchmark.benchmark + ": speed vs " + metric),
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addSubtitle(new TextTitle("one point per model, bars: confidence intervals; top left is fast and good"));
        return chart;
    }

    /**
     * A log axis where the models' latencies span more than {@link #LOG_SPAN} times (a 1 ms model
     * beside a 900 ms one would otherwise sit on the edge); else a linear one from 0, on which how much
     * slower one model is reads off the distance.
     */
    private static ValueAxis latencyAxis(XYIntervalSeries points) {
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        for (int i = 0; i < points.getItemCount(); i++) {
            lowest = Math.min(lowest, points.getXLowValue(i));
            highest = Math.max(highest, points.getXHighValue(i));
        }
        if (lowest > 0 && highest / lowest > LOG_SPAN) {
            LogAxis log = new LogAxis("latency p50 (ms, log scale), faster \u2190");
            log.setSmallestValue(lowest / 2);
            log.setNumberFormatOverride(new DecimalFormat("#,##0.###"));
            // Ticks at 0.1, 1, 10, 100 ms: half-decades print as 3.162 and 316.228.
            log.setAutoTickUnitSelection(false);
            log.setTickUnit(new NumberTickUnit(1), false, false);
            log.setLowerMargin(0.05);
            log.setUpperMargin(0.15);
            return log;
        }
        NumberAxis linear = new NumberAxis("latency p50 (ms), faster \u2190");
        linear.setAutoRangeIncludesZero(true);
        linear.setUpperMargin(0.15);
        return linear;
    }

    private static double low(Summary.Estimate e) {
        return e.ciLow() == null ? e.value() : Math.min(e.ciLow(), e.value());
    }

    private static double high(Summary.Estimate e) {
        return e.ciHigh() == null ? e.value() : Math.max(e.ciHigh(), e.value());
    }
}
