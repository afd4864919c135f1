package dev.assay.allure;

import dev.assay.report.ComparisonResult;
import dev.assay.report.Summary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
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
import org.jfree.chart.renderer.category.BarRenderer;
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
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        f1.forEach((label, v) -> data.addValue(v, "F1", label));
        JFreeChart chart = ChartFactory.createBarChart(title, "label", "F1", data, PlotOrientation.HORIZONTAL,
                false, true, false);
        chart.getCategoryPlot().getRangeAxis().setRange(0, 1);
        style(chart.getCategoryPlot());
        return chart;
    }

    /** Candidate − baseline F1 per label; green where the candidate is better. */
    static JFreeChart labelImprovement(String title, Map<String, Double> baseline, Map<String, Double> candidate) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Boolean> positive = new ArrayList<>();
        baseline.forEach((label, b) -> {
            Double c = candidate.get(label);
            if (c != null) {
                data.addValue(c - b, "\u0394 F1", label);
                positive.add(c - b >= 0);
            }
        });
        if (data.getColumnCount() == 0) {
            return null;
        }
        JFreeChart chart = ChartFactory.createBarChart(title, "label", "\u0394 F1 (candidate \u2212 baseline)", data,
                PlotOrientation.HORIZONTAL, false, true, false);
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
        for (ComparisonResult r : rows) {
            if (r.delta() == null || r.baselineValue() == null || r.baselineValue() == 0) {
                continue;
            }
            double scale = 100.0 / Math.abs(r.baselineValue());
            double lo = r.ciLow() == null ? r.delta() : r.ciLow();
            double hi = r.ciHigh() == null ? r.delta() : r.ciHigh();
            series.add(r.delta() * scale, lo * scale, hi * scale, names.size());
            names.add(r.metric() + " (" + r.verdict() + ")");
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
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addSubtitle(new TextTitle("points: difference; bars: confidence interval; line: no change"));
        return chart;
    }

    private static void style(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    }
}
