package dev.assay.allure;

import dev.assay.api.Task;
import dev.assay.report.BenchmarkSpec;
import dev.assay.report.CaseRecord;
import dev.assay.report.Display;
import dev.assay.report.Fmt;
import dev.assay.report.Summary;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StepResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * {@code SummaryReport} fills a model's summary node ({@code ridge › (summary)}): the metrics table
 * with intervals, one step per threshold that passes or fails, and the charts the task calls for.
 */
final class SummaryReport {

    private SummaryReport() {
    }

    static void write(AllureLifecycle lifecycle, String benchmark, BenchmarkSpec spec, Summary.ModelResult result,
                      List<CaseRecord> records, double confidence, String casesNote) {
        lifecycle.updateTestCase(r -> {
            r.setName(result.model + " \u203a " + ResultLabels.SUMMARY);
            ResultLabels.place(r, benchmark, result.model);
            ResultLabels.parameter(r, "n", result.n);
            ResultLabels.parameter(r, "n_ok", result.nOk);
            ResultLabels.parameter(r, "task", result.task);
            // Inline, at full height, where the report opens: the attachment frame shows a row or two.
            r.setDescriptionHtml(headline(result, confidence));
        });
        for (Summary.ThresholdResult t : result.thresholds) {
            String uuid = UUID.randomUUID().toString();
            Summary.Estimate estimate = result.metrics.get(t.metric());
            lifecycle.startStep(uuid, new StepResult().setName(thresholdLine(t, estimate))
                    .setStatus(t.passed() ? Status.PASSED : Status.FAILED));
            lifecycle.stopStep(uuid);
        }
        lifecycle.addAttachment("metrics", "text/html", ".html",
                metricsTable(benchmark, result, confidence, casesNote).getBytes(StandardCharsets.UTF_8));
        for (Svg.Chart chart : charts(spec, result, records)) {
            lifecycle.addAttachment(chart.name(), "image/svg+xml", ".svg", chart.svg().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Headline metrics shown inline: the thresholded ones first, then the task's usual ones. */
    private static final List<String> HEADLINE = List.of("accuracy", "f1_macro", "roc_auc", "subset_accuracy", "mae",
            "rmse", "r2", "pearson", "bleu", "chrf", "exact_match", "success_rate", "latency_p50_ms", "latency_p95_ms");

    /**
     * The summary's description: n and ok, then a small table of the thresholded metrics (with
     * their verdicts) and the headline ones, each with its interval; every metric is in the
     * {@code metrics} attachment.
     */
    static String headline(Summary.ModelResult result, double confidence) {
        java.util.LinkedHashSet<String> shown = new java.util.LinkedHashSet<>();
        result.thresholds.forEach(t -> shown.add(t.metric()));
        HEADLINE.stream().filter(result.metrics::containsKey).forEach(shown::add);
        StringBuilder html = new StringBuilder("<p><b>").append(Html.escape(Display.name(result.model))).append("</b>: ")
                .append(result.nOk).append(" of ").append(result.n).append(" cases ok; ")
                .append(Math.round(confidence * 100)).append("% intervals. Every metric is in the <i>metrics</i> attachment.</p>");
        // Warnings (labels that never meet the dataset's, classes too small for their intervals) before any number.
        if (result.warnings != null) {
            result.warnings.forEach(w -> html.append("<p style=\"color:#8a5a00\">\u26a0 ")
                    .append(Html.escape(Display.shorten(w, 2 * Display.LINE))).append("</p>"));
        }
        html
                .append("<table style=\"border-collapse:collapse\"><tr><th align=\"left\">metric</th><th>value</th>")
                .append("<th>interval</th><th>threshold</th></tr>");
        for (String metric : shown) {
            Summary.Estimate e = result.metrics.get(metric);
            String threshold = result.thresholds.stream().filter(t -> t.metric().equals(metric)).map(t ->
                    (t.passed() ? "holds: " : "<b style=\"color:#b3261e\">violated</b>: ")
                            + (t.min() != null ? "\u2265 " + Fmt.num(t.min()) + " " : "")
                            + (t.max() != null ? "\u2264 " + Fmt.num(t.max()) : "")).collect(java.util.stream.Collectors.joining("; "));
            html.append("<tr><td>").append(Html.escape(Display.name(metric))).append("</td><td align=\"right\">")
                    .append(e == null ? "n/a" : Html.num(e.value())).append("</td><td>")
                    .append(e == null ? "" : Html.interval(e.ciLow(), e.ciHigh())).append("</td><td>").append(threshold)
                    .append("</td></tr>");
        }
        html.append("</table>").append(RuntimeFacts.table(result.runtime)).append(RuntimeFacts.resources(result.resources))
                .append(ScenarioTable.of(result.scenario));
        return Html.spaced(html.toString());
    }

    /** {@code mae <= 12: 7.5 [4.1, 11.2]}. */
    static String thresholdLine(Summary.ThresholdResult t, Summary.Estimate estimate) {
        String bound = (t.min() != null ? Fmt.num(t.min()) + " \u2264 " : "") + t.metric()
                + (t.max() != null ? " \u2264 " + Fmt.num(t.max()) : "");
        String value = estimate != null ? estimate.display() : Html.num(t.value());
        return bound + ": " + value + (t.passed() ? " \u2014 holds" : " \u2014 violated");
    }

    static String metricsTable(String benchmark, Summary.ModelResult result, double confidence, String casesNote) {
        Html html = new Html(benchmark + " \u203a " + result.model + " (" + result.task + ")");
        html.paragraph("n=" + result.n + " records, " + result.nOk + " ok; status counts " + result.statusCounts + ". "
                + casesNote);
        if (result.runtime != null && !result.runtime.isEmpty()) {
            html.header(List.of("runtime", ""));
            result.runtime.forEach((key, value) -> html.row(List.of(key.replace('_', ' '), RuntimeFacts.oneLine(value))));
            html.endTable();
        }
        html.header(List.of("metric", "value", Math.round(confidence * 100) + "% CI", "CI method", "threshold"));
        for (Map.Entry<String, Summary.Estimate> m : result.metrics.entrySet()) {
            Summary.Estimate e = m.getValue();
            String threshold = result.thresholds.stream().filter(t -> t.metric().equals(m.getKey()))
                    .map(t -> (t.passed() ? "pass:" : "fail:") + (t.min() != null ? "\u2265 " + Fmt.num(t.min()) + " " : "")
                            + (t.max() != null ? "\u2264 " + Fmt.num(t.max()) : ""))
                    .findFirst().orElse("");
            html.row(List.of(m.getKey(), Html.num(e.value()), Html.interval(e.ciLow(), e.ciHigh()),
                    e.method() == null ? "" : e.method(), threshold));
        }
        return html.endTable().build();
    }

    static List<Svg.Chart> charts(BenchmarkSpec spec, Summary.ModelResult result, List<CaseRecord> records) {
        List<CaseRecord> ok = records.stream().filter(CaseRecord::ok).toList();
        String model = result.model;
        List<Svg.Chart> charts = new ArrayList<>();
        Task task = Task.fromWireName(result.task);
        if (task == Task.CLASSIFICATION) {
            add(charts, "confusion matrix", () -> CaseCharts.confusionMatrix(model + ": confusion matrix", ok));
            List<CaseRecord> withProbabilities = ok.stream()
                    .filter(r -> r.probabilities() != null && !r.probabilities().isEmpty()).toList();
            if (!withProbabilities.isEmpty()) {
                List<String> labels = CurveCharts.curveLabels(withProbabilities, spec == null ? null : spec.positiveLabel);
                add(charts, "ROC curve", () -> CurveCharts.roc(model + ": ROC", withProbabilities, labels, result.metrics));
                add(charts, "precision-recall curve", () -> CurveCharts.precisionRecall(model + ": precision\u2013recall",
                        withProbabilities, labels, result.metrics));
                add(charts, "calibration curve",
                        () -> CurveCharts.calibration(model + ": calibration", withProbabilities, labels));
            }
            add(charts, "F1 per label", () -> BarCharts.labelF1(model + ": F1 per label", BarCharts.perLabel(result, "f1")));
        }
        if (task == Task.REGRESSION) {
            add(charts, "predicted vs true", () -> CaseCharts.predictedVsTrue(model + ": predicted vs true", ok));
            add(charts, "error histogram", () -> CaseCharts.errorHistogram(model + ": errors", ok));
            if (spec != null && spec.bins != null) {
                // The bins in the order @CategoryBins declares them (low to high), not sorted by name.
                add(charts, "confusion matrix (bins)", () -> CaseCharts.confusionMatrix(model + ": bins",
                        ok.stream().filter(r -> r.expected() instanceof Number && r.predicted() instanceof Number)
                                .map(r -> binned(r, spec.bins)).toList(), spec.bins.labels()));
            }
        }
        if (task == Task.RANKING) {
            add(charts, "recall@k curve", () -> RankingCharts.recallAtK(model + ": recall@K", result.metrics));
        }
        if (task == Task.MULTILABEL) {
            add(charts, "F1 per label", () -> BarCharts.labelF1(model + ": F1 per label", BarCharts.perLabel(result, "f1")));
        }
        add(charts, "latency histogram", () -> CaseCharts.latencyHistogram(model + ": latency", records));
        return charts;
    }

    private static CaseRecord binned(CaseRecord r, BenchmarkSpec.Bins bins) {
        return new CaseRecord(r.run(), r.benchmark(), r.model(), r.caseId(), r.round(), r.task(), r.status(),
                bins.labelOf(((Number) r.expected()).doubleValue()), bins.labelOf(((Number) r.predicted()).doubleValue()),
                null, r.latencyMs(), null, null, null, null, null, r.tags(), r.scores());
    }

    /** Renders a chart; a chart that cannot be drawn is left out rather than failing the others. */
    private static void add(List<Svg.Chart> charts, String name, Supplier<JFreeChart> chart) {
        try {
            JFreeChart c = chart.get();
            if (c != null) {
                charts.add(Svg.render(name, c));
            }
        } catch (RuntimeException e) {
            ReportingFailures.log("chart [" + name + "]", e);
        }
    }
}
