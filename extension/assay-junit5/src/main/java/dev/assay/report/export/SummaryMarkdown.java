package dev.assay.report.export;

import dev.assay.report.ComparisonResult;
import dev.assay.report.Display;
import dev.assay.report.Fmt;
import dev.assay.report.Summary;
import dev.assay.report.history.MetricHistory;
import dev.assay.report.history.Trend;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code SummaryMarkdown} writes a run's summary as GitHub-flavoured Markdown ({@code summary.md},
 * and the CI job summary on GitHub): per benchmark, the models with their thresholded and headline
 * metrics and intervals, the threshold verdicts, and each comparison's significant rows.
 */
final class SummaryMarkdown {

    private static final List<String> HEADLINE = List.of("accuracy", "f1_macro", "roc_auc", "subset_accuracy", "mae",
            "rmse", "r2", "pearson", "bleu", "chrf", "exact_match", "latency_p50_ms", "latency_p95_ms");

    private SummaryMarkdown() {
    }

    static String of(Summary summary, MetricHistory history) {
        StringBuilder md = new StringBuilder("# Assay run ").append(cell(summary.run))
                .append(summary.complete ? "" : " (incomplete)").append("\n");
        for (Summary.BenchmarkResult bench : summary.benchmarks) {
            md.append("\n## ").append(cell(bench.benchmark)).append("\n\n");
            models(md, bench);
            thresholds(md, bench);
            changes(md, summary.run, bench, history);
            comparisons(md, bench);
        }
        return md.toString();
    }

    private static void models(StringBuilder md, Summary.BenchmarkResult bench) {
        Set<String> columns = new LinkedHashSet<>();
        bench.models.forEach(m -> m.thresholds.forEach(t -> columns.add(t.metric())));
        for (String metric : HEADLINE) {
            if (bench.models.stream().anyMatch(m -> m.metrics.containsKey(metric))) {
                columns.add(metric);
            }
        }
        List<String> header = new ArrayList<>(List.of("model", "n", "ok"));
        columns.forEach(c -> header.add(cell(c)));
        row(md, header);
        md.append("|").append("---|".repeat(header.size())).append("\n");
        for (Summary.ModelResult m : bench.models) {
            List<String> row = new ArrayList<>(List.of(cell(m.model), String.valueOf(m.n), String.valueOf(m.nOk)));
            for (String c : columns) {
                Summary.Estimate e = m.metrics.get(c);
                row.add(e == null ? "–" : cell(e.display()));
            }
            row(md, row);
        }
    }

    private static void thresholds(StringBuilder md, Summary.BenchmarkResult bench) {
        List<String> lines = new ArrayList<>();
        for (Summary.ModelResult m : bench.models) {
            for (Summary.ThresholdResult t : m.thresholds) {
                lines.add("- " + (t.passed() ? "✅" : "❌") + " " + cell(m.model) + ": " + cell(t.metric()) + " "
                        + Fmt.num(t.value()) + (t.min() != null ? " ≥ " + Fmt.num(t.min()) : "")
                        + (t.max() != null ? " ≤ " + Fmt.num(t.max()) : ""));
            }
        }
        if (!lines.isEmpty()) {
            md.append("\n**Thresholds**\n\n").append(String.join("\n", lines)).append("\n");
        }
    }

    /** Each thresholded metric against the model's previous run in the history. */
    private static void changes(StringBuilder md, String run, Summary.BenchmarkResult bench, MetricHistory history) {
        if (history == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Summary.ModelResult m : bench.models) {
            history.previous(bench.benchmark, m.model, run).ifPresent(prev -> {
                Set<String> metrics = new LinkedHashSet<>();
                m.thresholds.forEach(t -> metrics.add(t.metric()));
                for (String metric : metrics) {
                    String change = Trend.change(prev.metrics().get(metric), m.metrics.get(metric));
                    if (change != null) {
                        lines.add("- " + cell(m.model) + ": " + cell(metric) + " " + change + " since run " + cell(prev.run()));
                    }
                }
            });
        }
        if (!lines.isEmpty()) {
            md.append("\n**Since the previous run**\n\n").append(String.join("\n", lines)).append("\n");
        }
    }

    private static void comparisons(StringBuilder md, Summary.BenchmarkResult bench) {
        String pair = null;
        for (ComparisonResult c : bench.comparisons) {
            String thisPair = cell(c.candidate()) + " vs " + cell(c.baseline());
            if (!thisPair.equals(pair)) {
                pair = thisPair;
                md.append("\n**").append(thisPair).append("** (Δ = candidate − baseline, p adjusted)\n\n");
                row(md, List.of("metric", "baseline", "candidate", "Δ [interval]", "p", "verdict"));
                md.append("|---|---|---|---|---|---|\n");
            }
            row(md, List.of(cell(c.metric()), Fmt.num(c.baselineValue()), Fmt.num(c.candidateValue()),
                    Fmt.num(c.delta()) + (c.ciLow() == null ? "" : " [" + Fmt.num(c.ciLow()) + ", " + Fmt.num(c.ciHigh()) + "]"),
                    Fmt.num(c.pAdjusted()), c.verdict().replace('_', ' ')));
        }
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    /** A value in a table cell: printable, short, with the pipes that would split the cell escaped. */
    private static String cell(String text) {
        return Display.name(text).replace("|", "\\|");
    }
}
