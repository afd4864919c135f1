package dev.assay.allure;

import dev.assay.report.CaseRecord;
import dev.assay.report.Labels;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.HdrHistogram.DoubleHistogram;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code CaseCharts} draws the charts made straight from case records: the confusion matrix, the
 * predicted-vs-true scatter with its identity line, the error histogram and the latency histogram.
 */
final class CaseCharts {

    private static final int MAX_CONFUSION_LABELS = 30;

    private CaseCharts() {
    }

    /** Rows are true labels, columns predicted labels; each cell shows its count. */
    static JFreeChart confusionMatrix(String title, List<CaseRecord> ok) {
        TreeSet<String> labelSet = new TreeSet<>();
        ok.forEach(r -> {
            labelSet.add(Labels.of(r.expected()));
            labelSet.add(Labels.of(r.predicted()));
        });
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
                plot.addAnnotation(cell);
            }
        }
        JFreeChart chart = new JFreeChart(ChartLabels.title(title), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addSubtitle(new TextTitle("rows: true label, columns: predicted label, n=" + ok.size()));
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
        plot.getRenderer().setSeriesPaint(0, BarCharts.NEUTRAL);
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
        chart.getXYPlot().addDomainMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1.2f)));
        chart.getXYPlot().setBackgroundPaint(Color.WHITE);
        counts(chart.getXYPlot());
        return chart;
    }

    /**
     * Latency histogram from an HdrHistogram of every case that ran, with the p50, p95 and p99
     * markers the latency metrics report.
     */
    static JFreeChart latencyHistogram(String title, List<CaseRecord> records) {
        DoubleHistogram histogram = new DoubleHistogram(3);
        records.stream().filter(r -> r.latencyMs() != null && r.latencyMs() >= 0)
                .forEach(r -> histogram.recordValue(Math.max(r.latencyMs(), 1e-3)));
        if (histogram.getTotalCount() == 0) {
            return null;
        }
        // Thirty equal bins between the smallest and largest latency, counted directly: iterating an
        // HdrHistogram in linear steps can take millions of steps when its range auto-resizes.
        double[] values = records.stream().filter(r -> r.latencyMs() != null && r.latencyMs() >= 0)
                .mapToDouble(CaseRecord::latencyMs).toArray();
        double min = java.util.Arrays.stream(values).min().orElse(0);
        double max = java.util.Arrays.stream(values).max().orElse(0);
        int binCount = 30;
        double width = max > min ? (max - min) / binCount : 1;
        long[] counts = new long[binCount];
        for (double v : values) {
            counts[Math.min(binCount - 1, (int) ((v - min) / width))]++;
        }
        XYSeries bins = new XYSeries("cases");
        for (int b = 0; b < binCount; b++) {
            if (counts[b] > 0) {
                bins.add(min + (b + 0.5) * width, counts[b]);
            }
        }
        JFreeChart chart = ChartFactory.createXYBarChart(ChartLabels.title(title), "latency (ms)", false, "cases",
                new XYSeriesCollection(bins), PlotOrientation.VERTICAL, false, true, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        counts(plot);
        for (double q : new double[] {50, 95, 99}) {
            ValueMarker marker = new ValueMarker(histogram.getValueAtPercentile(q), new Color(200, 60, 60),
                    new BasicStroke(1f));
            marker.setLabel("p" + (int) q);
            plot.addDomainMarker(marker);
        }
        chart.addSubtitle(new TextTitle("n=" + histogram.getTotalCount() + ", markers at p50, p95, p99"));
        return chart;
    }

    /** A count axis ticks at whole cases, and count bars are a neutral colour (red means failure in the report). */
    private static void counts(XYPlot plot) {
        if (plot.getRangeAxis() instanceof org.jfree.chart.axis.NumberAxis axis) {
            axis.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        }
        if (plot.getRenderer() instanceof org.jfree.chart.renderer.xy.XYBarRenderer bars) {
            bars.setSeriesPaint(0, BarCharts.NEUTRAL);
            bars.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
            bars.setShadowVisible(false);
        }
    }
}
