package dev.assay.allure;

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
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * {@code BarCharts} draws per-label bars, each with its value printed: F1 per label of one model, and
 * the F1 change per label between two models.
 */
final class BarCharts {

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
        chart.getCategoryPlot().setRenderer(new ValueInsideRenderer());
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
                return positive.get(column) ? ChartColours.BETTER : ChartColours.WORSE;
            }
        });
        plot.addRangeMarker(new ValueMarker(0, ChartColours.MARK, new BasicStroke(1f)));
        style(plot);
        return chart;
    }

    /**
     * Bars on a fixed 0–1 axis print their value just outside the bar's end, or inside it in white
     * where the bar nearly fills the axis and the value would fall off the chart.
     */
    private static final class ValueInsideRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private static final double INSIDE_FROM = 0.85;
        private static final ItemLabelPosition INSIDE = new ItemLabelPosition(ItemLabelAnchor.INSIDE3,
                TextAnchor.CENTER_RIGHT);
        private static final ItemLabelPosition OUTSIDE = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT);

        @Override
        public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
            return inside(row, column) ? INSIDE : OUTSIDE;
        }

        @Override
        public Paint getItemLabelPaint(int row, int column) {
            return inside(row, column) ? Color.WHITE : ChartColours.MARK;
        }

        private boolean inside(int row, int column) {
            Number v = getPlot() == null ? null : getPlot().getDataset().getValue(row, column);
            return v != null && v.doubleValue() >= INSIDE_FROM;
        }
    }

    private static void style(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        if (plot.getRenderer() instanceof BarRenderer bars) {
            // Each bar says its value; the default red would read as failure, so neutral unless a renderer chose colours.
            bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.###")));
            bars.setDefaultItemLabelsVisible(true);
            if (bars.getClass() == BarRenderer.class || bars instanceof ValueInsideRenderer) {
                bars.setSeriesPaint(0, ChartColours.NEUTRAL);
            }
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
        }
    }
}
