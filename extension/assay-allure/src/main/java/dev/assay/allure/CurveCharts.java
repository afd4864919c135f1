package dev.assay.allure;

import dev.assay.report.CaseRecord;
import dev.assay.report.Display;
import dev.assay.report.Labels;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code CurveCharts} draws the charts that need label probabilities: ROC and precision–recall
 * curves (one-vs-rest per class when there are more than two) and the calibration curve of the
 * positive class (binary) or of the top label's confidence (more classes).
 */
final class CurveCharts {

    private static final int MAX_CURVES = 10;
    private static final int CALIBRATION_BINS = 10;

    private CurveCharts() {
    }

    /** The labels to draw a curve for: the positive label of a binary task, else every class. */
    static List<String> curveLabels(List<CaseRecord> ok, String positiveLabel) {
        List<String> labels = dev.assay.metrics.Labels.sorted(allLabels(ok));
        if (labels.size() == 2) {
            return List.of(positiveLabel != null ? positiveLabel : labels.get(1));
        }
        return labels.size() > MAX_CURVES ? labels.subList(0, MAX_CURVES) : labels;
    }

    static JFreeChart roc(String title, List<CaseRecord> ok, List<String> labels) {
        XYSeriesCollection data = new XYSeriesCollection();
        Map<String, String> names = ChartLabels.shortForms(labels);
        for (String label : labels) {
            List<double[]> scored = scored(ok, label);
            if (scored.isEmpty()) {
                continue;
            }
            long pos = scored.stream().filter(s -> s[1] == 1).count();
            long neg = scored.size() - pos;
            if (pos == 0 || neg == 0) {
                continue;
            }
            XYSeries curve = new XYSeries(names.get(label), false, true);
            curve.add(0, 0);
            long tp = 0;
            long fp = 0;
            for (int i = 0; i < scored.size(); i++) {
                if (scored.get(i)[1] == 1) {
                    tp++;
                } else {
                    fp++;
                }
                // Ties share one threshold: emit a point only where the score changes.
                if (i + 1 == scored.size() || scored.get(i + 1)[0] != scored.get(i)[0]) {
                    curve.add((double) fp / neg, (double) tp / pos);
                }
            }
            data.addSeries(curve);
        }
        if (data.getSeriesCount() == 0) {
            return null;
        }
        JFreeChart chart = lines(title, "false positive rate", "true positive rate", data);
        chart.getXYPlot().addAnnotation(new XYLineAnnotation(0, 0, 1, 1, dashed(), Color.GRAY));
        chart.addSubtitle(new TextTitle("dashed: chance"));
        return chart;
    }

    static JFreeChart precisionRecall(String title, List<CaseRecord> ok, List<String> labels) {
        XYSeriesCollection data = new XYSeriesCollection();
        Map<String, String> names = ChartLabels.shortForms(labels);
        for (String label : labels) {
            List<double[]> scored = scored(ok, label);
            long pos = scored.stream().filter(s -> s[1] == 1).count();
            if (pos == 0) {
                continue;
            }
            XYSeries curve = new XYSeries(names.get(label), false, true);
            long tp = 0;
            for (int i = 0; i < scored.size(); i++) {
                tp += (long) scored.get(i)[1];
                if (i + 1 == scored.size() || scored.get(i + 1)[0] != scored.get(i)[0]) {
                    curve.add((double) tp / pos, (double) tp / (i + 1));
                }
            }
            data.addSeries(curve);
        }
        return data.getSeriesCount() == 0 ? null : lines(title, "recall", "precision", data);
    }

    /**
     * Mean predicted probability against the observed frequency in ten equal-width bins: of the
     * positive class for binary tasks, of the top label being right for more classes.
     */
    static JFreeChart calibration(String title, List<CaseRecord> ok, List<String> labels) {
        double[] sumP = new double[CALIBRATION_BINS];
        double[] hits = new double[CALIBRATION_BINS];
        int[] n = new int[CALIBRATION_BINS];
        boolean binary = labels.size() == 1;
        for (CaseRecord r : ok) {
            if (r.probabilities() == null || r.probabilities().isEmpty()) {
                continue;
            }
            double p;
            boolean hit;
            if (binary) {
                Double v = r.probabilities().get(labels.get(0));
                if (v == null) {
                    continue;
                }
                p = v;
                hit = labels.get(0).equals(Labels.of(r.expected()));
            } else {
                var top = r.probabilities().entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow();
                p = top.getValue();
                hit = top.getKey().equals(Labels.of(r.expected()));
            }
            int bin = Math.min(CALIBRATION_BINS - 1, (int) (p * CALIBRATION_BINS));
            sumP[bin] += p;
            hits[bin] += hit ? 1 : 0;
            n[bin]++;
        }
        XYSeries curve = new XYSeries(binary ? "P(" + Display.shorten(labels.get(0), Display.CHART_LABEL) + ")" : "top label",
                false, true);
        for (int b = 0; b < CALIBRATION_BINS; b++) {
            if (n[b] > 0) {
                curve.add(sumP[b] / n[b], hits[b] / n[b]);
            }
        }
        if (curve.isEmpty()) {
            return null;
        }
        JFreeChart chart = lines(title, binary ? "mean predicted probability" : "mean confidence",
                binary ? "fraction positive" : "accuracy", new XYSeriesCollection(curve));
        ((XYLineAndShapeRenderer) chart.getXYPlot().getRenderer()).setDefaultShapesVisible(true);
        chart.getXYPlot().addAnnotation(new XYLineAnnotation(0, 0, 1, 1, dashed(), Color.GRAY));
        chart.addSubtitle(new TextTitle("dashed: perfectly calibrated; " + CALIBRATION_BINS + " bins"));
        return chart;
    }

    /** (score, is-positive) pairs, highest score first. */
    private static List<double[]> scored(List<CaseRecord> ok, String label) {
        List<double[]> out = new ArrayList<>();
        for (CaseRecord r : ok) {
            Double p = r.probabilities() == null ? null : r.probabilities().get(label);
            if (p != null) {
                out.add(new double[] {p, label.equals(Labels.of(r.expected())) ? 1 : 0});
            }
        }
        out.sort(Comparator.comparingDouble((double[] s) -> s[0]).reversed());
        return out;
    }

    private static Set<String> allLabels(List<CaseRecord> ok) {
        Set<String> labels = new LinkedHashSet<>();
        for (CaseRecord r : ok) {
            labels.add(Labels.of(r.expected()));
            if (r.probabilities() != null) {
                labels.addAll(r.probabilities().keySet());
            }
        }
        return labels;
    }

    private static JFreeChart lines(String title, String x, String y, XYSeriesCollection data) {
        JFreeChart chart = ChartFactory.createXYLineChart(ChartLabels.title(title), x, y, data, PlotOrientation.VERTICAL,
                data.getSeriesCount() > 1, true, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setRange(0, 1);
        plot.getRangeAxis().setRange(0, 1.02);
        return chart;
    }

    private static BasicStroke dashed() {
        return new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f);
    }
}
