package dev.assay.allure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.BenchmarkSpec;
import dev.assay.report.CaseRecord;
import dev.assay.report.Fmt;
import dev.assay.report.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The charts drawn from case records, rendered to SVG and read back. */
class CaseChartsTest {

    static CaseRecord record(String id, String status, Object expected, Object predicted, Double latencyMs) {
        return new CaseRecord("run", "bench", "model", id, 0, "classification", status, expected, predicted, null,
                latencyMs, null, null, null, null, null, Map.of(), Map.of());
    }

    /** 100 ok cases of 0.01 … 1.00 ms and one timeout at 1.5 ms: a sub-millisecond model. */
    static List<CaseRecord> fastModel() {
        List<CaseRecord> records = new ArrayList<>();
        IntStream.rangeClosed(1, 100).forEach(i -> records.add(record("c" + i, CaseRecord.OK, "a", "a", i / 100.0)));
        records.add(record("slow", CaseRecord.TIMEOUT, "a", null, 1.5));
        return records;
    }

    /** Regression cases binned by a @CategoryBins(edges = {40, 65, 85}, labels = {Poor, Fair, Good, Excellent}). */
    static List<CaseRecord> binned() {
        String[] labels = {"Poor", "Fair", "Good", "Excellent"};
        List<CaseRecord> records = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            records.add(record("b" + i, CaseRecord.OK, labels[i % 4], labels[(i + i / 8) % 4], 1.0));
        }
        return records;
    }

    @Test
    void subMillisecondLatenciesGetBinsSizedToThemOnAnAxisThatStartsAtZeroOrAbove() {
        JFreeChart chart = CaseCharts.latencyHistogram("m: latency", fastModel());
        ChartSvg svg = ChartSvg.render(chart);

        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDomainAxis().getLowerBound()).isGreaterThanOrEqualTo(0);
        // Freedman–Diaconis over 101 values of 0.01 … 1.5 ms: many bins a fraction of a millisecond wide.
        assertThat(plot.getDataset().getItemCount(0)).isGreaterThan(HistogramBins.MIN_BINS);
        assertThat(((IntervalXYDataset) plot.getDataset()).getStartXValue(0, 0)).isGreaterThanOrEqualTo(0).isLessThan(0.1);
        assertThat(svg.texts()).noneMatch(t -> t.startsWith("-") || t.startsWith("\u2212"));
        assertThat(svg.texts()).anyMatch(t -> t.contains("n=101 cases, ") && t.contains(" bins of "));
    }

    @Test
    void percentileMarkersAreTheOkCasesPercentilesInADarkColourWithLabelsOnSeparateLines() {
        JFreeChart chart = CaseCharts.latencyHistogram("m: latency", fastModel());
        ChartSvg svg = ChartSvg.render(chart);

        // numpy.percentile([0.01 … 1.00], [50, 95, 99]) = 0.505, 0.9505, 0.9901: latency_p50_ms … of the ok cases.
        assertThat(svg.texts()).contains("p50 " + Fmt.num(0.505) + " ms, p95 " + Fmt.num(0.9505) + " ms, p99 "
                + Fmt.num(0.9901) + " ms (of the 100 ok cases)");
        List<Double> labelRows = new ArrayList<>();
        for (String p : List.of("p50", "p95", "p99")) {
            List<Element> label = svg.textsEqualTo(p);
            assertThat(label).as(p).hasSize(1);
            labelRows.add(Double.parseDouble(label.get(0).getAttribute("y")));
        }
        // p95 and p99 lie 0.04 ms apart: their labels are on different lines.
        assertThat(labelRows).doesNotHaveDuplicates();
        for (Object m : chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND)) {
            ValueMarker marker = (ValueMarker) m;
            assertThat(marker.getPaint()).isEqualTo(ChartColours.MARK);
        }
        assertThat(svg.svg).doesNotContain("rgb(200,60,60)");
    }

    @Test
    void oneRepeatedLatencyIsOneBinThatDoesNotCrossZero() {
        List<CaseRecord> records = IntStream.range(0, 5).mapToObj(i -> record("c" + i, CaseRecord.OK, "a", "a", 0.2))
                .toList();
        JFreeChart chart = CaseCharts.latencyHistogram("m: latency", records);
        ChartSvg svg = ChartSvg.render(chart);

        assertThat(chart.getXYPlot().getDomainAxis().getLowerBound()).isGreaterThanOrEqualTo(0);
        assertThat(chart.getXYPlot().getDataset().getItemCount(0)).isEqualTo(1);
        assertThat(chart.getXYPlot().getDataset().getYValue(0, 0)).isEqualTo(5);
        assertThat(svg.texts()).contains("n=5 cases, 1 bin of 0.02 ms");
    }

    @Test
    void binsFollowFreedmanDiaconisWithinTheirBounds() {
        double[] uniform = IntStream.rangeClosed(1, 1000).mapToDouble(i -> i).toArray();
        // IQR 499.5, n^(1/3) = 10: width 99.9, ten bins (numpy's bins="fd" gives 10).
        assertThat(HistogramBins.of(uniform).counts()).hasSize(10);
        double[] tail = IntStream.rangeClosed(1, 1000).mapToDouble(i -> i == 1000 ? 1e6 : 1 + i % 10).toArray();
        assertThat(HistogramBins.of(tail).counts()).hasSize(HistogramBins.MAX_BINS);
        double[] two = {1, 2};
        HistogramBins small = HistogramBins.of(two);
        assertThat(small.counts()).hasSize(HistogramBins.MIN_BINS);
        assertThat(small.counts()[0] + small.counts()[HistogramBins.MIN_BINS - 1]).isEqualTo(2);
    }

    @Test
    void countAxesTickAtWholeCases() {
        List<CaseRecord> three = List.of(record("a", CaseRecord.OK, 1.0, 1.5, 0.3), record("b", CaseRecord.OK, 2.0, 2.0, 0.4),
                record("c", CaseRecord.OK, 3.0, 2.0, 0.5));
        for (JFreeChart chart : List.of(CaseCharts.latencyHistogram("latency", three),
                CaseCharts.errorHistogram("errors", three))) {
            ChartSvg.render(chart);
            NumberAxis counts = (NumberAxis) chart.getXYPlot().getRangeAxis();
            assertThat(counts.getTickUnit().getSize() % 1).as(chart.getTitle().getText()).isZero();
        }
    }

    @Test
    void binsComeInTheOrderTheirAnnotationDeclaresNotAlphabetically() {
        ChartSvg svg = ChartSvg.render(CaseCharts.confusionMatrix("m: bins", binned(),
                List.of("Poor", "Fair", "Good", "Excellent")));

        List<String> axisLabels = svg.texts().stream()
                .filter(t -> List.of("Poor", "Fair", "Good", "Excellent").contains(t)).toList();
        // Both axes, each low to high.
        assertThat(axisLabels).containsExactly("Poor", "Fair", "Good", "Excellent", "Poor", "Fair", "Good", "Excellent");
        assertThat(svg.texts()).contains("rows: true label, columns: predicted label, n=12; bins in declared order");
    }

    @Test
    void aDeclaredBinNoCaseFellInStillHasItsRowAndColumn() {
        List<CaseRecord> records = List.of(record("a", CaseRecord.OK, "Poor", "Poor", 1.0),
                record("b", CaseRecord.OK, "Good", "Poor", 1.0));
        JFreeChart chart = CaseCharts.confusionMatrix("m: bins", records, List.of("Poor", "Fair", "Good", "Excellent"));
        ChartSvg svg = ChartSvg.render(chart);

        assertThat(svg.texts().stream().filter(t -> t.equals("Excellent"))).hasSize(2);
        // 16 cells, each with its count: two cases, fourteen zeros.
        assertThat(svg.texts().stream().filter(t -> t.equals("0"))).hasSizeGreaterThanOrEqualTo(14);
    }

    @Test
    void theSummaryDrawsTheBinsOfItsCategoryBinsInDeclaredOrder() throws Exception {
        BenchmarkSpec spec = new BenchmarkSpec();
        spec.bins = new BenchmarkSpec.Bins(new double[] {40, 65, 85}, List.of("Poor", "Fair", "Good", "Excellent"));
        Summary.ModelResult result = new Summary.ModelResult();
        result.model = "ridge";
        result.task = "regression";
        List<CaseRecord> records = new ArrayList<>();
        double[] truth = {30, 50, 70, 90, 20, 60};
        for (int i = 0; i < truth.length; i++) {
            records.add(new CaseRecord("run", "bench", "ridge", "r" + i, 0, "regression", CaseRecord.OK, truth[i],
                    truth[i] + 8, null, 2.0, null, null, null, null, null, Map.of(), Map.of()));
        }

        Svg.Chart bins = SummaryReport.charts(spec, result, records).stream()
                .filter(c -> c.name().equals("confusion matrix (bins)")).findFirst().orElseThrow();

        List<String> labels = ChartSvg.parse(bins.svg()).texts().stream()
                .filter(t -> List.of("Poor", "Fair", "Good", "Excellent").contains(t)).toList();
        assertThat(labels).containsExactly("Poor", "Fair", "Good", "Excellent", "Poor", "Fair", "Good", "Excellent");
    }
}
