package dev.assay.allure;

import dev.assay.report.ComparisonResult;
import dev.assay.report.Display;
import dev.assay.report.Summary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;

/**
 * {@code BarCharts} draws per-label bars (F1 per label of one model; the F1 change per label between
 * two models) and the per-metric differences of a comparison with their intervals.
 */
final class BarCharts {

    private static final Color BETTER = new Color(60, 150, 80);
    private static final Color WORSE = new Color(200, 70, 60);
    /** Bars and counts that carry no verdict. */
    static final Color NEUTRAL = new Color(70, 110, 170);

    private BarCharts() {
    }

    /** Per-label values of metrics named {@code prefix[LABEL]}, in the summary's order. */
    static Map<String, Double> perLabel(Summary.ModelResult result, String prefix) {
        Map<String, Double> values = new LinkedHashMap<>();
        result.metrics.forEach((name, estimate) -> {
            if (name.startsWith(prefix + "[") && name.endsWith("]") && estimate.value() != null) {
                values.put(name.substring(prefix.length() + 1, name.length() - 1), estimate.value());
            }
        });
        return values;
    }

    /** F1 of each label as horizontal bars. */
    static JFreeChart labelF1(String title, Map<String, Double> f1) {
        if (f1.isEmpty()) {
            return null;
        }
        // Beyond what a chart can show, the labels that need attention most: the lowest F1 first.
        List<Map.Entry<String, Double>> shown = new ArrayList<>(f1.entrySet());
        if (shown.size() > ChartLabels.MAX_LABELS) {
            shown.sort(Map.Entry.comparingByValue());
            shown = shown.subList(0, ChartLabels.MAX_LABELS);
        }
        Map<String, String> names = ChartLabels.shortForms(shown.stream().map(Map.Entry::getKey).toList());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        shown.forEach(e -> data.addValue(e.getValue(), "F1", names.get(e.getKey())));
        JFreeChart chart = ChartFactory.createBarChart(ChartLabels.title(title), "label", "F1", data,
                PlotOrientation.HORIZONTAL, false, true, false);
        if (shown.size() < f1.size()) {
            chart.addSubtitle(new TextTitle("the " + shown.size() + " of " + f1.size()
                    + " labels with the lowest F1; the metrics table has every label"));
        }
        chart.getCategoryPlot().getRangeAxis().setRange(0, 1);
        style(chart.getCategoryPlot());
        return chart;
    }

    /** Candidate − baseline F1 per label; green where the candidate is better. */
    static JFreeChart labelImprovement(String title, Map<String, Double> baseline, Map<String, Double> candidate) {
        Map<String, Double> changes = new LinkedHashMap<>();
        baseline.forEach((label, b) -> {
            Double c = candidate.get(label);
            if (c != null) {
                changes.put(label, c - b);
            }
        });
        if (changes.isEmpty()) {
            return null;
        }
        // Beyond what a chart can show, the largest changes either way.
        List<Map.Entry<String, Double>> shown = new ArrayList<>(changes.entrySet());
        if (shown.size() > ChartLabels.MAX_LABELS) {
            shown.sort((a, b) -> Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue())));
            shown = shown.subList(0, ChartLabels.MAX_LABELS);
        }
        Map<String, String> names = ChartLabels.shortForms(shown.stream().map(Map.Entry::getKey).toList());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Boolean> positive = new ArrayList<>();
        shown.forEach(e -> {
            data.addValue(e.getValue(), "\u0394 F1", names.get(e.getKey()));
            positive.add(e.getValue() >= 0);
        });
        JFreeChart chart = ChartFactory.createBarChart(ChartLabels.title(title), "label",
                "\u0394 F1 (candidate \u2212 baseline)", data, PlotOrientation.HORIZONTAL, false, true, false);
        if (shown.size() < changes.size()) {
            chart.addSubtitle(new TextTitle("the " + shown.size() + " of " + changes.size()
                    + " labels that changed most; the comparison table has every label"));
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setRenderer(new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return positive.get(column) ? BETTER : WORSE;
            }
        });
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
        style(plot);
        return chart;
    }

    /**
     * Each metric's difference, relative to the baseline's value so metrics of different scales share
     * one axis, with its interval; the line at 0 is "no change". Metrics whose baseline is 0 or
     * missing are left out (no relative scale).
     */
    static JFreeChart differences(String title, List<ComparisonResult> rows) {
        XIntervalSeries series = new XIntervalSeries("\u0394 (% of baseline)");
        List<String> names = new ArrayList<>();
        int perLabel = 0;
        for (ComparisonResult r : rows) {
            if (r.delta() == null || r.baselineValue() == null || r.baselineValue() == 0) {
                continue;
            }
            // Per-label rows have their own chart; here only as many as the axis can show.
            if (r.metric().contains("[") && ++perLabel > ChartLabels.MAX_LABELS) {
                continue;
            }
            double scale = 100.0 / Math.abs(r.baselineValue());
            double lo = r.ciLow() == null ? r.delta() : r.ciLow();
            double hi = r.ciHigh() == null ? r.delta() : r.ciHigh();
            series.add(r.delta() * scale, lo * scale, hi * scale, names.size());
            names.add(Display.shorten(r.metric(), Display.CHART_LABEL) + " (" + r.verdict() + ")");
        }
        if (names.isEmpty()) {
            return null;
        }
        XIntervalSeriesCollection data = new XIntervalSeriesCollection();
        data.addSeries(series);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setErrorStroke(new BasicStroke(2f));
        renderer.setDefaultShapesVisible(true);
        renderer.setDefaultLinesVisible(false);
        XYPlot plot = new XYPlot(data, new NumberAxis("candidate \u2212 baseline, % of the baseline's value"),
                new SymbolAxis(null, names.toArray(String[]::new)), renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.addDomainMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(ChartLabels.title(title), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addSubtitle(new TextTitle("points: difference; bars: confidence interval; line: no change"));
        return chart;
    }

    private static void style(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        if (plot.getRenderer() instanceof BarRenderer bars) {
            // Each bar says its value; the default red would read as failure, so neutral unless a renderer chose colours.
            bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.###")));
            bars.setDefaultItemLabelsVisible(true);
            if (bars.getClass() == BarRenderer.class) {
                bars.setSeriesPaint(0, NEUTRAL);
            }
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
        }
    }
}
