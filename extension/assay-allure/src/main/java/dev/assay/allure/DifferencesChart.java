package dev.assay.allure;

import dev.assay.metrics.Direction;
import dev.assay.metrics.MetricCatalog;
import dev.assay.report.ComparisonResult;
import dev.assay.report.Display;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;

/**
 * {@code DifferencesChart} draws a comparison's per-metric differences with their intervals, so
 * that right is always "candidate better": a lower-is-better metric ({@code mae},
 * {@code latency_p95_ms}) is drawn as baseline − candidate. Differences are relative to the
 * baseline's value on the bottom axis, so metrics of different scales share it; a metric whose
 * baseline is 0 has no relative difference and is drawn in absolute units on the top axis. Both
 * axes are symmetric about 0, so they share the "no change" line.
 */
final class DifferencesChart {

    private DifferencesChart() {
    }

    /** One row of the chart: where the point and its interval go, already flipped to "right is better". */
    private record Row(String name, double delta, double low, double high, Paint paint) {
    }

    static JFreeChart of(String title, List<ComparisonResult> rows) {
        List<Row> relative = new ArrayList<>();
        List<Row> absolute = new ArrayList<>();
        List<String> flipped = new ArrayList<>();
        int perLabel = 0;
        for (ComparisonResult r : rows) {
            if (r.delta() == null) {
                continue;
            }
            // Per-label rows have their own chart; here only as many as the axis can show.
            if (r.metric().contains("[") && ++perLabel > ChartLabels.MAX_LABELS) {
                continue;
            }
            boolean lower = lowerIsBetter(r);
            if (lower && flipped.size() < 4) {
                flipped.add(Display.shorten(r.metric(), Display.CHART_LABEL));
            }
            boolean scaled = r.baselineValue() != null && r.baselineValue() != 0;
            double scale = (lower ? -1 : 1) * (scaled ? 100.0 / Math.abs(r.baselineValue()) : 1);
            double lo = (r.ciLow() == null ? r.delta() : r.ciLow()) * scale;
            double hi = (r.ciHigh() == null ? r.delta() : r.ciHigh()) * scale;
            String name = Display.shorten(r.metric(), Display.CHART_LABEL) + (lower ? " \u2193" : "") + " ("
                    + r.verdict().replace('_', ' ') + (scaled ? "" : ", abs.") + ")";
            (scaled ? relative : absolute).add(new Row(name, r.delta() * scale, Math.min(lo, hi), Math.max(lo, hi),
                    paint(r.verdict())));
        }
        if (relative.isEmpty() && absolute.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        relative.forEach(r -> names.add(r.name()));
        absolute.forEach(r -> names.add(r.name()));
        XYPlot plot = new XYPlot();
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setRangeAxis(new SymbolAxis(null, names.toArray(String[]::new)));
        String better = "\u2190 candidate worse | candidate better \u2192";
        int dataset = 0;
        if (!relative.isEmpty()) {
            add(plot, dataset++, relative, 0, better + " (% of the baseline's value)");
        }
        if (!absolute.isEmpty()) {
            add(plot, dataset, absolute, relative.size(), (relative.isEmpty() ? better + " " : "")
                    + "(abs.) rows: absolute difference, their baseline is 0");
        }
        plot.addDomainMarker(new ValueMarker(0, ChartColours.MARK, new BasicStroke(1f)));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(ChartLabels.title(title), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addSubtitle(new TextTitle("right = candidate better; points: difference, bars: confidence interval"));
        if (!flipped.isEmpty()) {
            chart.addSubtitle(new TextTitle("\u2193 lower is better, drawn flipped as baseline \u2212 candidate: "
                    + String.join(", ", flipped) + (flipped.size() == 4 ? ", \u2026" : "")));
        }
        return chart;
    }

    /** Dataset {@code index} on its own symmetric axis, bottom for the first, top for the second. */
    private static void add(XYPlot plot, int index, List<Row> rows, int firstRow, String label) {
        XIntervalSeries series = new XIntervalSeries("\u0394 " + index, false, true);
        double extent = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            series.add(r.delta(), r.low(), r.high(), firstRow + i);
            extent = Math.max(extent, Math.max(Math.abs(r.low()), Math.abs(r.high())));
        }
        XIntervalSeriesCollection data = new XIntervalSeriesCollection();
        data.addSeries(series);
        NumberAxis axis = new NumberAxis(label);
        // Symmetric about 0: both axes put "no change" at the centre, and better and worse get equal room.
        double half = extent > 0 ? extent * 1.1 : 1;
        axis.setRange(-half, half);
        XYErrorRenderer renderer = new XYErrorRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return rows.get(column).paint();
            }
        };
        renderer.setDrawYError(false);
        renderer.setErrorStroke(new BasicStroke(2f));
        renderer.setDefaultShapesVisible(true);
        renderer.setDefaultLinesVisible(false);
        plot.setDataset(index, data);
        plot.setDomainAxis(index, axis);
        plot.setDomainAxisLocation(index, index == 0 ? AxisLocation.BOTTOM_OR_LEFT : AxisLocation.TOP_OR_LEFT);
        plot.mapDatasetToDomainAxis(index, index);
        plot.setRenderer(index, renderer);
    }

    /**
     * Whether the metric improves downwards. A decided verdict says so itself (better with a
     * negative difference); otherwise the catalog's direction, which knows every built-in metric.
     */
    static boolean lowerIsBetter(ComparisonResult r) {
        boolean decided = r.verdict().equals("better") || r.verdict().equals("worse");
        if (decided && r.delta() != null && r.delta() != 0) {
            return r.verdict().equals("better") == r.delta() < 0;
        }
        return MetricCatalog.direction(r.metric()).orElse(Direction.HIGHER_IS_BETTER) == Direction.LOWER_IS_BETTER;
    }

    /** Red only for a candidate found worse; green for better; grey where nothing was decided. */
    private static Paint paint(String verdict) {
        return switch (verdict) {
            case "better" -> ChartColours.BETTER;
            case "worse" -> ChartColours.WORSE;
            case "no_difference" -> ChartColours.NEUTRAL;
            default -> ChartColours.UNDECIDED;
        };
    }
}
