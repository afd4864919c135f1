package dev.assay.allure;

import dev.assay.report.CaseRecord;
import dev.assay.report.Fmt;
import dev.assay.report.LatencyMetrics;
import dev.assay.report.Labels;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code CaseCharts} draws the charts made straight from case records: the confusion matrix, the
 * predicted-vs-true scatter with its identity line, the error histogram and the latency histogram.
 */
final class CaseCharts {

    private static final int MAX_CONFUSION_LABELS = 30;

    private static final BasicStroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 3f}, 0f);

    private CaseCharts() {
    }

    /** Rows are true labels, columns predicted labels, in label order; each cell shows its count. */
    static JFreeChart confusionMatrix(String title, List<CaseRecord> ok) {
        return confusionMatrix(title, ok, null);
    }

    /**
     * Rows are true labels, columns predicted labels; each cell shows its count. Labels come in
     * {@code order} when given (the bins a {@code @CategoryBins} declares, low to high, each shown
     * even when empty), then any other label seen; without an order, in sorted order.
     */
    static JFreeChart confusionMatrix(String title, List<CaseRecord> ok, List<String> order) {
        Set<String> labelSet = new LinkedHashSet<>(order == null ? List.of() : order);
        TreeSet<String> seen = new TreeSet<>();
        ok.forEach(r -> {
            seen.add(Labels.of(r.expected()));
            seen.add(Labels.of(r.predicted()));
        });
        labelSet.addAll(seen);
        if (labelSet.size() < 2 || labelSet.size() > MAX_CONFUSION_LABELS) {
            return null;
        }
        List<String> labels = new ArrayList<>(labelSet);
        int k = labels.size();
        double[][] counts = new double[k][k];
        ok.forEach(r -> counts[labels.indexOf(Labels.of(r.expected()))][labels.indexOf(Labels.of(r.predicted()))]++);
        double[] xs = new double[k * k];
        double[] ys = new double[k * k];
        double[] zs = new double[k * k];
        double max = 1;
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                xs[t * k + p] = p;
                ys[t * k + p] = t;
                zs[t * k + p] = counts[t][p];
                max = Math.max(max, counts[t][p]);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("cases", new double[][] {xs, ys, zs});
        String[] names = ChartLabels.shortForms(labels).values().toArray(String[]::new);
        SymbolAxis predicted = new SymbolAxis("predicted", names);
        SymbolAxis truth = new SymbolAxis("true", names);
        truth.setInverted(true);
        XYBlockRenderer renderer = new XYBlockRenderer();
        LookupPaintScale scale = new LookupPaintScale(0, max + 1, Color.WHITE);
        for (int step = 0; step <= 10; step++) {
            float shade = 1f - 0.75f * step / 10f;
            scale.add(max * step / 10.0, new Color(shade * 0.85f, shade * 0.9f, 1f));
        }
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, predicted, truth, renderer);
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                XYTextAnnotation cell = new XYTextAnnotation(String.valueOf((long) counts[t][p]), p, t);
                cell.setFont(new Font(Font.SANS_SERIF, t == p ? Font.BOLD : Font.PLAIN, 12));
                // Dark text on the darkest blues cannot be read.
                cell.setPaint(counts[t][p] > 0.6 * max ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(cell);
            }
        }
        JFreeChart chart = new JFreeChart(ChartLabels.title(title), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addSubtitle(new TextTitle("rows: true label, columns: predicted label, n=" + ok.size()
                + (order == null ? "" : "; bins in declared order")));
        return chart;
    }

    /** Each ok case as a point (true, predicted), with the line predicted = true. */
    static JFreeChart predictedVsTrue(String title, List<CaseRecord> ok) {
        XYSeries points = new XYSeries("cases", false, true);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (CaseRecord r : ok) {
            if (r.expected() instanceof Number e && r.predicted() instanceof Number p) {
                points.add(e.doubleValue(), p.doubleValue());
                lo = Math.min(lo, Math.min(e.doubleValue(), p.doubleValue()));
                hi = Math.max(hi, Math.max(e.doubleValue(), p.doubleValue()));
            }
        }
        if (points.isEmpty()) {
            return null;
        }
        JFreeChart chart = ChartFactory.createScatterPlot(ChartLabels.title(title), "true", "predicted", new XYSeriesCollection(points),
                PlotOrientation.VERTICAL, false, true, false);
        XYPlot plot = chart.getXYPlot();
        plot.addAnnotation(new XYLineAnnotation(lo, lo, hi, hi, new BasicStroke(1.2f), Color.GRAY));
        plot.getRenderer().setSeriesPaint(0, ChartColours.NEUTRAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        chart.addSubtitle(new TextTitle("grey line: predicted = true, n=" + points.getItemCount()));
        return chart;
    }

    /** Histogram of predicted − true. */
    static JFreeChart errorHistogram(String title, List<CaseRecord> ok) {
        double[] errors = ok.stream().filter(r -> r.expected() instanceof Number && r.predicted() instanceof Number)
                .mapToDouble(r -> ((Number) r.predicted()).doubleValue() - ((Number) r.expected()).doubleValue())
                .toArray();
        if (errors.length == 0) {
            return null;
        }
        HistogramDataset data = new HistogramDataset();
        data.addSeries("error", errors, Math.max(5, Math.min(30, (int) Math.sqrt(errors.length) + 1)));
        JFreeChart chart = ChartFactory.createHistogram(ChartLabels.title(title), "predicted \u2212 true", "cases", data,
                PlotOrientation.VERTICAL, false, true, false);
        chart.getXYPlot().addDomainMarker(new ValueMarker(0, ChartColours.MARK, new BasicStroke(1.2f)));
        chart.getXYPlot().setBackgroundPaint(Color.WHITE);
        counts(chart.getXYPlot());
        return chart;
    }

    /**
     * Latency histogram of every case that ran, in bins sized to the data ({@link HistogramBins}),
     * with markers at the p50, p95 and p99 of the ok cases: the values {@code latency_p50_ms} …
     * {@code latency_p99_ms} report. The axis starts at the first bin, never below 0 ms.
     */
    static JFreeChart latencyHistogram(String title, List<CaseRecord> records) {
        double[] all = latencies(records.stream());
        if (all.length == 0) {
            return null;
        }
        double[] ok = latencies(records.stream().filter(CaseRecord::ok));
        // Without an ok case the markers describe every case; the subtitle says which.
        double[] marked = ok.length > 0 ? ok : all;
        Arrays.sort(marked);
        HistogramBins bins = HistogramBins.of(all);
        XYIntervalSeries series = new XYIntervalSeries("cases");
        for (int b = 0; b < bins.counts().length; b++) {
            if (bins.counts()[b] > 0) {
                long n = bins.counts()[b];
                series.add((bins.lower(b) + bins.upper(b)) / 2, bins.lower(b), bins.upper(b), n, n, n);
            }
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(series);
        NumberAxis latency = new NumberAxis("latency (ms)");
        double pad = 0.03 * (bins.end() - bins.start());
        latency.setRange(Math.max(0, bins.start() - pad), bins.end() + pad);
        NumberAxis cases = new NumberAxis("cases");
        XYPlot plot = new XYPlot(data, latency, cases, new XYBarRenderer());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        counts(plot);
        double middle = (latency.getLowerBound() + latency.getUpperBound()) / 2;
        StringBuilder values = new StringBuilder();
        int[] percentiles = {50, 95, 99};
        for (int i = 0; i < percentiles.length; i++) {
            double value = LatencyMetrics.percentile(marked, percentiles[i]);
            ValueMarker marker = new ValueMarker(value, ChartColours.MARK, DASHED);
            marker.setLabel("p" + percentiles[i]);
            marker.setLabelPaint(ChartColours.MARK);
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 200));
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            // Each label on its own line, so close percentiles do not print over each other, and on the
            // side of its line that has room.
            marker.setLabelOffset(new RectangleInsets(4 + 14 * i, 3, 0, 3));
            boolean right = value < middle;
            marker.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(marker);
            values.append(i == 0 ? "" : ", ").append('p').append(percentiles[i]).append(' ').append(Fmt.num(value))
                    .append(" ms");
        }
        JFreeChart chart = new JFreeChart(ChartLabels.title(title), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addSubtitle(new TextTitle(values + (ok.length > 0 && ok.length < all.length
                ? " (of the " + ok.length + " ok cases)" : "")));
        int binCount = bins.counts().length;
        chart.addSubtitle(new TextTitle("n=" + all.length + " cases, " + binCount + (binCount == 1 ? " bin" : " bins")
                + " of " + Fmt.num(bins.width()) + " ms"));
        return chart;
    }

    private static double[] latencies(Stream<CaseRecord> records) {
        return records.map(CaseRecord::latencyMs).filter(v -> v != null && v >= 0 && Double.isFinite(v))
                .mapToDouble(Double::doubleValue).toArray();
    }

    /** A count axis ticks at whole cases, and count bars are a neutral colour (red means failure in the report). */
    private static void counts(XYPlot plot) {
        if (plot.getRangeAxis() instanceof NumberAxis axis) {
            ChartColours.countAxis(axis);
        }
        if (plot.getRenderer() instanceof XYBarRenderer bars) {
            bars.setSeriesPaint(0, ChartColours.NEUTRAL);
            bars.setBarPainter(new StandardXYBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(true);
            bars.setSeriesOutlinePaint(0, Color.WHITE);
        }
    }
}
