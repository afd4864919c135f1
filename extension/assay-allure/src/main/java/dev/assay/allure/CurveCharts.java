package dev.assay.allure;

import dev.assay.report.CaseRecord;
import dev.assay.report.Display;
import dev.assay.report.Fmt;
import dev.assay.report.Labels;
import dev.assay.report.Summary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
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

    /**
     * One ROC curve per label, each named with its area under the curve. For a binary task the area
     * is the summary's {@code roc_auc} (with its interval) when {@code metrics} has it, and the title
     * names the positive label; otherwise the trapezoids under the drawn points, which is the same
     * number (scikit-learn's definition).
     */
    static JFreeChart roc(String title, List<CaseRecord> ok, List<String> labels, Map<String, Summary.Estimate> metrics) {
        boolean binary = labels.size() == 1;
        Summary.Estimate reported = binary ? usable(metrics.get("roc_auc")) : null;
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
            List<double[]> points = new ArrayList<>();
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
            double shown = reported != null ? reported.value() : auc;
            XYSeries curve = new XYSeries(names.get(label) + " (AUC " + Fmt.num(shown) + ")", false, true);
            points.forEach(xy -> curve.add(xy[0], xy[1]));
            data.addSeries(curve);
        }
        if (data.getSeriesCount() == 0) {
            return null;
        }
        JFreeChart chart = lines(positive(title, labels), "false positive rate", "true positive rate", data);
        chart.getXYPlot().addAnnotation(new XYLineAnnotation(0, 0, 1, 1, dashed(), Color.GRAY));
        chart.addSubtitle(new TextTitle(interval("AUC", reported) + "dashed: chance"
                + (binary ? "" : "; one-vs-rest per class" + macro("roc_auc", metrics))));
        return chart;
    }

    /**
     * One precision–recall curve per label, each named with its average precision: for a binary task
     * the summary's {@code average_precision} (with its interval) when {@code metrics} has it, else the
     * sum of precision times recall step over the drawn points (scikit-learn's definition). A binary
     * chart names the positive label in its title and draws chance, the share of positives, dashed.
     */
    static JFreeChart precisionRecall(String title, List<CaseRecord> ok, List<String> labels,
                                      Map<String, Summary.Estimate> metrics) {
        boolean binary = labels.size() == 1;
        Summary.Estimate reported = binary ? usable(metrics.get("average_precision")) : null;
        double prevalence = Double.NaN;
        XYSeriesCollection data = new XYSeriesCollection();
        Map<String, String> names = ChartLabels.shortForms(labels);
        for (String label : labels) {
            List<double[]> scored = scored(ok, label);
            long pos = scored.stream().filter(s -> s[1] == 1).count();
            if (pos == 0) {
                continue;
            }
            List<double[]> points = new ArrayList<>();
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
            double shown = reported != null ? reported.value() : ap;
            XYSeries curve = new XYSeries(names.get(label) + " (AP " + Fmt.num(shown) + ")", false, true);
            points.forEach(rp -> curve.add(rp[0], rp[1]));
            data.addSeries(curve);
            prevalence = (double) pos / scored.size();
        }
        if (data.getSeriesCount() == 0) {
            return null;
        }
        JFreeChart chart = lines(positive(title, labels), "recall", "precision", data);
        String chance = "";
        if (binary) {
            chart.getXYPlot().addAnnotation(new XYLineAnnotation(0, prevalence, 1, prevalence, dashed(), Color.GRAY));
            chance = "dashed: chance (share of positives " + Fmt.num(prevalence) + ")";
        }
        String note = interval("AP", reported) + chance + (binary ? "" : "one-vs-rest per class"
                + macro("average_precision", metrics));
        if (!note.isEmpty()) {
            chart.addSubtitle(new TextTitle(note));
        }
        return chart;
    }

    /** The title with the positive label of a binary task, whose curve it is. */
    private static String positive(String title, List<String> labels) {
        return labels.size() == 1 ? title + " (positive: " + Display.shorten(labels.get(0), Display.CHART_LABEL) + ")"
                : title;
    }

    private static Summary.Estimate usable(Summary.Estimate e) {
        return e == null || e.value() == null ? null : e;
    }

    /** {@code "AUC interval [0.81, 0.93]; "}, or nothing without an interval. */
    private static String interval(String name, Summary.Estimate e) {
        return e == null || e.ciLow() == null || e.ciHigh() == null ? ""
                : name + " interval [" + Fmt.num(e.ciLow()) + ", " + Fmt.num(e.ciHigh()) + "]; ";
    }

    /** {@code "; macro roc_auc 0.87"} from the summary, or nothing. */
    private static String macro(String metric, Map<String, Summary.Estimate> metrics) {
        Summary.Estimate e = usable(metrics.get(metric));
        return e == null ? "" : "; macro " + metric + " " + e.display();
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
        List<Integer> cases = new ArrayList<>();
        for (int b = 0; b < CALIBRATION_BINS; b++) {
            if (n[b] > 0) {
                curve.add(sumP[b] / n[b], hits[b] / n[b]);
                cases.add(n[b]);
            }
        }
        if (curve.isEmpty()) {
            return null;
        }
        JFreeChart chart = lines(title, binary ? "mean predicted probability" : "mean confidence",
                binary ? "fraction positive" : "accuracy", new XYSeriesCollection(curve));
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        renderer.setDefaultShapesVisible(true);
        // A point of 2 cases says little, one of 200 much: each point names its count.
        renderer.setDefaultItemLabelGenerator((dataset, series, item) -> "n=" + cases.get(item));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        renderer.setDefaultItemLabelPaint(ChartColours.MARK);
        // Room above the top points for their labels.
        chart.getXYPlot().getRangeAxis().setRange(0, 1.1);
        chart.getXYPlot().addAnnotation(new XYLineAnnotation(0, 0, 1, 1, dashed(), Color.GRAY));
        chart.addSubtitle(new TextTitle("dashed: perfectly calibrated; " + CALIBRATION_BINS + " bins; n=cases in the bin"));
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
            chart.addSubtitle(new TextTitle(String.valueOf(data.getSeriesKey(0))));
        }
        XYPlot plot = chart.getXYPlot();
        ChartColours.curves(plot);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            plot.getRenderer().setSeriesStroke(s, new BasicStroke(1.6f));
        }
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
