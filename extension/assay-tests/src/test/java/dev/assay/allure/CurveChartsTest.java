package dev.assay.allure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.CaseRecord;
import dev.assay.report.Fmt;
import dev.assay.report.Summary;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** ROC, precision–recall and calibration charts, rendered to SVG and read back. */
class CurveChartsTest {

    static CaseRecord scored(String id, String expected, Map<String, Double> probabilities) {
        return new CaseRecord("run", "bench", "model", id, 0, "classification", CaseRecord.OK, expected, null,
                probabilities, 1.0, null, null, null, null, null, Map.of(), Map.of());
    }

    /** Positives scored 0.9, 0.8, 0.4 and negatives 0.7, 0.3, 0.2: ROC AUC 8/9, average precision 11/12. */
    static List<CaseRecord> binary() {
        List<CaseRecord> records = new ArrayList<>();
        double[] pos = {0.9, 0.8, 0.4};
        double[] neg = {0.7, 0.3, 0.2};
        for (int i = 0; i < 3; i++) {
            records.add(scored("p" + i, "pos", Map.of("pos", pos[i], "neg", 1 - pos[i])));
            records.add(scored("n" + i, "neg", Map.of("pos", neg[i], "neg", 1 - neg[i])));
        }
        return records;
    }

    /** Three classes, each case's own class most likely but not always. */
    static List<CaseRecord> threeClasses() {
        List<CaseRecord> records = new ArrayList<>();
        String[] classes = {"cat", "dog", "bird"};
        for (int i = 0; i < 30; i++) {
            String truth = classes[i % 3];
            double own = 0.4 + 0.5 * ((i * 7) % 10) / 10.0;
            String other = classes[(i + 1) % 3];
            records.add(scored("c" + i, truth, Map.of(truth, own, other, (1 - own) * 0.7,
                    classes[(i + 2) % 3], (1 - own) * 0.3)));
        }
        return records;
    }

    /** Twelve cases at P(pos) = 0.15 (two positive) and three at 0.85 (all positive). */
    static List<CaseRecord> calibrationCases() {
        List<CaseRecord> records = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            records.add(scored("low" + i, i < 2 ? "pos" : "neg", Map.of("pos", 0.15, "neg", 0.85)));
        }
        for (int i = 0; i < 3; i++) {
            records.add(scored("high" + i, "pos", Map.of("pos", 0.85, "neg", 0.15)));
        }
        return records;
    }

    @Test
    void theBinaryRocNamesThePositiveLabelAndTheAreaComputedAsTheChartDrawsIt() {
        List<String> labels = CurveCharts.curveLabels(binary(), "pos");
        ChartSvg svg = ChartSvg.render(CurveCharts.roc("m: ROC", binary(), labels, Map.of()));

        assertThat(labels).containsExactly("pos");
        assertThat(svg.texts()).contains("m: ROC (positive: pos)", "pos (AUC " + Fmt.num(8 / 9.0) + ")");
    }

    @Test
    void theBinaryRocShowsTheSummarysAucWithItsInterval() {
        Map<String, Summary.Estimate> metrics = Map.of("roc_auc",
                new Summary.Estimate(8 / 9.0, 0.61, 1.0, "bootstrap_bca"));
        ChartSvg svg = ChartSvg.render(CurveCharts.roc("m: ROC", binary(), List.of("pos"), metrics));

        assertThat(svg.texts()).contains("pos (AUC " + Fmt.num(8 / 9.0) + ")",
                "AUC interval [0.61, 1]; dashed: chance");
    }

    @Test
    void theBinaryPrCurveNamesItsAveragePrecisionAndChance() {
        Map<String, Summary.Estimate> metrics = Map.of("average_precision",
                new Summary.Estimate(11 / 12.0, 0.7, 1.0, "bootstrap_bca"));
        ChartSvg computed = ChartSvg.render(CurveCharts.precisionRecall("m: PR", binary(), List.of("pos"), Map.of()));
        ChartSvg reported = ChartSvg.render(CurveCharts.precisionRecall("m: PR", binary(), List.of("pos"), metrics));

        assertThat(computed.texts()).contains("m: PR (positive: pos)", "pos (AP " + Fmt.num(11 / 12.0) + ")",
                "dashed: chance (share of positives 0.5)");
        assertThat(reported.texts()).contains("pos (AP " + Fmt.num(11 / 12.0) + ")",
                "AP interval [0.7, 1]; dashed: chance (share of positives 0.5)");
    }

    @Test
    void moreClassesGetOneNamedCurveEachInColoursThatAreNotRed() {
        List<CaseRecord> ok = threeClasses();
        List<String> labels = CurveCharts.curveLabels(ok, null);
        JFreeChart chart = CurveCharts.roc("m: ROC", ok, labels,
                Map.of("roc_auc", new Summary.Estimate(0.8, 0.7, 0.9, "bootstrap_bca")));
        ChartSvg svg = ChartSvg.render(chart);

        assertThat(svg.texts().stream().filter(t -> t.contains(" (AUC "))).hasSize(3);
        assertThat(svg.texts()).contains("m: ROC", "dashed: chance; one-vs-rest per class; macro roc_auc 0.8 [0.7, 0.9]");
        XYPlot plot = chart.getXYPlot();
        for (int s = 0; s < 3; s++) {
            Color paint = (Color) plot.getRenderer().getSeriesPaint(s);
            assertThat(paint.getRed() > 180 && paint.getGreen() < 120 && paint.getBlue() < 120).as("series %d red", s)
                    .isFalse();
        }
    }

    @Test
    void eachCalibrationPointSaysHowManyCasesItStandsFor() {
        JFreeChart chart = CurveCharts.calibration("m: calibration", calibrationCases(), List.of("pos"));
        ChartSvg svg = ChartSvg.render(chart);

        assertThat(svg.texts()).contains("n=12", "n=3");
        assertThat(chart.getXYPlot().getDataset().getYValue(0, 0)).isEqualTo(2 / 12.0);
        assertThat(chart.getXYPlot().getDataset().getYValue(0, 1)).isEqualTo(1.0);
    }
}
