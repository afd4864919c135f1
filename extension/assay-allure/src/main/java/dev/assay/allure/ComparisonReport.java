package dev.assay.allure;

import dev.assay.report.ComparisonResult;
import dev.assay.report.Display;
import dev.assay.report.Fmt;
import dev.assay.report.Summary;
import io.qameta.allure.AllureLifecycle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * {@code ComparisonReport} fills a {@code @Compare} node ({@code compare › ridge vs gemma3}): the
 * table of metric, baseline, candidate, difference with interval, test, p-value, adjusted p-value,
 * effect size and verdict; the chart of per-metric differences with intervals; and the per-label
 * F1 change when the models have per-label metrics.
 */
final class ComparisonReport {

    /** Metrics the description shows even when the run cannot tell. */
    private static final List<String> HEADLINE = List.of("accuracy", "f1_macro", "roc_auc", "mae", "rmse", "r2", "pearson",
            "bleu", "chrf", "exact_match", "success_rate");

    private ComparisonReport() {
    }

    static void write(AllureLifecycle lifecycle, String benchmark, String baseline, String candidate,
                      List<ComparisonResult> rows, Summary.ModelResult baselineResult,
                      Summary.ModelResult candidateResult, double confidence) {
        lifecycle.updateTestCase(r -> {
            r.setName("compare \u203a " + baseline + " vs " + candidate);
            ResultLabels.place(r, benchmark, ResultLabels.COMPARE);
            ResultLabels.parameter(r, "baseline", baseline);
            ResultLabels.parameter(r, "candidate", candidate);
            // Who won, by how much, and whether it is significant: inline, where the report opens.
            r.setDescriptionHtml(headline(baseline, candidate, rows, confidence));
        });
        lifecycle.addAttachment("comparison", "text/html", ".html",
                table(baseline, candidate, rows, confidence).getBytes(StandardCharsets.UTF_8));
        for (Svg.Chart chart : charts(baseline, candidate, rows, baselineResult, candidateResult)) {
            lifecycle.addAttachment(chart.name(), "image/svg+xml", ".svg", chart.svg().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The comparison's description: how many metrics came out better, worse, equivalent or
     * undecided, then the rows that decided something (and the headline metrics), each with its
     * difference, interval, adjusted p-value and verdict. Every row is in the {@code comparison}
     * attachment.
     */
    static String headline(String baseline, String candidate, List<ComparisonResult> rows, double confidence) {
        java.util.Map<String, Long> counts = rows.stream().collect(java.util.stream.Collectors.groupingBy(
                ComparisonResult::verdict, java.util.LinkedHashMap::new, java.util.stream.Collectors.counting()));
        StringBuilder html = new StringBuilder("<p><b>").append(Html.escape(Display.name(candidate))).append("</b> against <b>")
                .append(Html.escape(Display.name(baseline))).append("</b>: ");
        html.append(counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().replace('_', ' '))
                .collect(java.util.stream.Collectors.joining(", "))).append(" of ").append(rows.size())
                .append(" metrics. \u0394 = candidate \u2212 baseline with its ").append(Math.round(confidence * 100))
                .append("% interval; p adjusted. Every row is in the <i>comparison</i> attachment.</p>")
                .append("<table style=\"border-collapse:collapse\"><tr><th align=\"left\">metric</th><th>\u0394</th>")
                .append("<th>interval</th><th>p</th><th>verdict</th></tr>");
        for (ComparisonResult r : rows) {
            boolean decided = !r.verdict().equals("cannot_tell");
            if (!decided && !HEADLINE.contains(r.metric())) {
                continue;
            }
            String colour = switch (r.verdict()) {
                case "better" -> "#2a7a3a";
                case "worse" -> "#b3261e";
                default -> "#555";
            };
            html.append("<tr><td>").append(Html.escape(Display.name(r.metric()))).append("</td><td align=\"right\">")
                    .append(Html.num(r.delta())).append("</td><td>").append(Html.interval(r.ciLow(), r.ciHigh()))
                    .append("</td><td align=\"right\">").append(Html.num(r.pAdjusted())).append("</td><td style=\"color:")
                    .append(colour).append("\">").append(r.verdict().replace('_', ' ')).append("</td></tr>");
        }
        return Html.spaced(html.append("</table>").toString());
    }

    static String table(String baseline, String candidate, List<ComparisonResult> rows, double confidence) {
        Html html = new Html(candidate + " (candidate) vs " + baseline + " (baseline)");
        String correction = rows.stream().map(ComparisonResult::correction).filter(c -> c != null).findFirst().orElse("holm");
        html.paragraph("Differences are candidate \u2212 baseline over the cases both ran ok; p-values are "
                + (correction.equals("none") ? "not adjusted for multiple comparisons"
                        : correction + "-adjusted across the benchmark's comparisons") + "; the interval of \u0394 is not.");
        html.header(List.of("metric", "baseline", "candidate", "\u0394", Math.round(confidence * 100) + "% CI of \u0394",
                "test", "p", "adjusted p", "effect size", "n pairs", "verdict"));
        // Effect sizes are named: d_z, rank-biserial, odds ratio of the discordant pairs, relative difference.
        for (ComparisonResult r : rows) {
            String verdict = r.verdict().replace('_', ' ');
            String cls = switch (r.verdict()) {
                case "better" -> "pass:";
                case "worse" -> "fail:";
                default -> "muted:";
            };
            html.row(List.of(r.metric(), Html.num(r.baselineValue()), Html.num(r.candidateValue()), Html.num(r.delta()),
                    Html.interval(r.ciLow(), r.ciHigh()), r.test() == null ? "" : r.test(), Html.num(r.pValue()),
                    Html.num(r.pAdjusted()), effect(r), String.valueOf(r.nPairs()), cls + verdict));
        }
        html.endTable();
        rows.stream().filter(r -> r.note() != null).forEach(r -> html.paragraph(r.metric() + ": " + r.note()));
        return html.build();
    }

    /** {@code 0.42 (cohens_dz)}: the value with what it measures. */
    private static String effect(ComparisonResult r) {
        return r.effectSize() == null ? "n/a" : Html.num(r.effectSize())
                + (r.effectSizeKind() == null ? "" : " (" + r.effectSizeKind() + ")");
    }

    static List<Svg.Chart> charts(String baseline, String candidate, List<ComparisonResult> rows,
                                  Summary.ModelResult baselineResult, Summary.ModelResult candidateResult) {
        List<Svg.Chart> charts = new ArrayList<>();
        render(charts, "differences", DifferencesChart.of(candidate + " vs " + baseline + ": differences", rows));
        if (baselineResult != null && candidateResult != null) {
            Map<String, Double> b = BarCharts.perLabel(baselineResult, "f1");
            Map<String, Double> c = BarCharts.perLabel(candidateResult, "f1");
            render(charts, "F1 change per label",
                    BarCharts.labelImprovement(candidate + " vs " + baseline + ": F1 per label", b, c));
        }
        return charts;
    }

    private static void render(List<Svg.Chart> charts, String name, JFreeChart chart) {
        if (chart != null) {
            charts.add(Svg.render(name, chart));
        }
    }

    /** A one-line verdict per metric, for the node's description. */
    static String brief(List<ComparisonResult> rows) {
        StringBuilder b = new StringBuilder();
        rows.forEach(r -> b.append("- ").append(r.metric()).append(": ").append(r.verdict())
                .append(r.delta() == null ? "" : " (\u0394 " + Fmt.num(r.delta()) + ")").append('\n'));
        return b.toString();
    }
}
