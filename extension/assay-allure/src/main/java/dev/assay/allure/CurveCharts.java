package dev.assay.allure;

import dev.assay.report.CaseRecord;
import dev.assay.report.Display;
import dev.assay.report.Fmt;
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
            List<double[]> points = new java.util.ArrayList<>();
            points.add(new double[] {0, 0});
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
                    points.add(new double[] {(double) fp / neg, (double) tp / pos});
                }
            }
            // The area under these points is ROC AUC as scikit-learn computes it (trapezoids, ties as one step).
            double auc = 0;
            for (int i = 1; i < points.size(); i++) {
                auc += (points.get(i)[0] - points.get(i - 1)[0]) * (points.get(i)[1] + points.get(i - 1)[1]) / 2;
            }
            XYSeries curve = new XYSeries(names.get(label) + " (AUC " + Fmt.num(auc) + ")", false, true);
            points.forEach(xy -> curve.add(xy[0], xy[1]));
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
            List<double[]> points = new java.util.ArrayList<>();
            long tp = 0;
            for (int i = 0; i < scored.size(); i++) {
                tp += (long) scored.get(i)[1];
                if (i + 1 == scored.size() || scored.get(i + 1)[0] != scored.get(i)[0]) {
                    points.add(new double[] {(double) tp / pos, (double) tp / (i + 1)});
                }
            }
            // Average precision as scikit-learn defines it: the sum of precision times the recall step.
            double ap = 0;
            double recall = 0;
            for (double[] rp : points) {
                ap += (rp[0] - recall) * rp[1];
                recall = rp[0];
            }
            XYSeries curve = new XYSeries(names.get(label) + " (AP " + Fmt.num(ap) + ")", false, true);
            points.forEach(rp -> curve.add(rp[0], rp[1]));
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
        if (data.getSeriesCount() == 1) {
            // One curve has no legend: its name, with its area, goes under the title.
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(String.valueOf(data.getSeriesKey(0))));
        }
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
