package dev.assay.allure;

import dev.assay.metrics.Direction;
import dev.assay.metrics.MetricCatalog;
import dev.assay.report.ComparisonResult;
import dev.assay.report.Display;
import dev.assay.report.Summary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * {@code Leaderboard} ranks the models of each benchmark on its primary metric, in the metric's
 * better direction: {@code assay.allure.leaderboardMetric} when set, else the benchmark's first
 * threshold metric, else {@code success_rate}. Equal values share a rank (1, 1, 3). Each row shows
 * how many of the model's cases were {@code ok} and whether the paired tests of a {@code @Compare}
 * found it significantly worse than the leader. Models are never ranked across benchmarks: two
 * models that share a name in two benchmarks are different models on different data.
 *
 * <p>The ranking shows inline ({@link #headline}) and as an attachment ({@link #html}), with a
 * speed-vs-quality chart per benchmark ({@link #charts}).
 */
final class Leaderboard {

    /**
     * One model's standing in one benchmark.
     *
     * @param worseThanLeader true or false from the paired comparison with the leader on this metric;
     *     null for the leader itself and where no {@code @Compare} paired the two
     */
    record Entry(String benchmark, String metric, String model, int rank, Summary.Estimate estimate, int nOk, int n,
                 Boolean worseThanLeader) {
    }

    private Leaderboard() {
    }

    static List<Entry> rank(Summary summary, String metric) {
        List<Entry> entries = new ArrayList<>();
        for (Summary.BenchmarkResult b : summary.benchmarks) {
            String m = primaryMetric(b, metric);
            boolean lower = lowerIsBetter(m);
            List<Summary.ModelResult> ranked = b.models.stream()
                    .filter(r -> r.metrics.get(m) != null && r.metrics.get(m).value() != null)
                    .sorted(Comparator.comparingDouble((Summary.ModelResult r) -> r.metrics.get(m).value()
                            * (lower ? 1 : -1)))
                    .toList();
            int rank = 0;
            for (int i = 0; i < ranked.size(); i++) {
                Summary.ModelResult r = ranked.get(i);
                // Competition ranking: a model tied with the one before it shares its rank.
                if (i == 0 || !Objects.equals(r.metrics.get(m).value(), ranked.get(i - 1).metrics.get(m).value())) {
                    rank = i + 1;
                }
                Boolean worse = i == 0 ? null : worseThanLeader(b, m, ranked.get(0).model, r.model);
                entries.add(new Entry(b.benchmark, m, r.model, rank, r.metrics.get(m), r.nOk, r.n, worse));
            }
        }
        return entries;
    }

    /** The metric {@code b} is ranked on: {@code metric} when set, else its first threshold's, else success_rate. */
    static String primaryMetric(Summary.BenchmarkResult b, String metric) {
        return metric != null ? metric : b.models.stream().flatMap(r -> r.thresholds.stream())
                .map(Summary.ThresholdResult::metric).findFirst().orElse("success_rate");
    }

    private static boolean lowerIsBetter(String metric) {
        return MetricCatalog.direction(metric).orElse(Direction.HIGHER_IS_BETTER) == Direction.LOWER_IS_BETTER;
    }

    /**
     * The leaderboard's description, shown inline where the report opens: per benchmark a line that
     * names the leader (and who ties with it) with its value and interval, then the ranking as a
     * small table. The {@code leaderboard} attachment has the same tables.
     */
    static String headline(List<Entry> entries, String metric) {
        StringBuilder html = new StringBuilder("<p>Each benchmark ranked on ").append(metric != null
                ? Html.escape(Display.name(metric)) : "its first threshold's metric").append(
                " in its better direction; equal values share a rank. Models are not ranked across benchmarks.</p>");
        for (String benchmark : entries.stream().map(Entry::benchmark).distinct().toList()) {
            List<Entry> rows = entries.stream().filter(e -> e.benchmark().equals(benchmark)).toList();
            Entry leader = rows.get(0);
            List<String> tied = rows.stream().skip(1).filter(e -> e.rank() == 1)
                    .map(e -> "<b>" + Html.escape(Display.name(e.model())) + "</b>").toList();
            html.append("<p><b>").append(Html.escape(Display.name(benchmark))).append("</b>: <b>")
                    .append(Html.escape(Display.name(leader.model()))).append("</b> ")
                    .append(tied.isEmpty() ? "leads" : "ties for the lead with " + String.join(", ", tied))
                    .append(" on ").append(Html.escape(Display.name(leader.metric())))
                    .append(lowerIsBetter(leader.metric()) ? " (lower is better)" : "").append(" with ")
                    .append(Html.escape(leader.estimate().display())).append("; ").append(rows.size())
                    .append(rows.size() == 1 ? " model" : " models").append(".</p>")
                    .append("<table style=\"border-collapse:collapse\"><tr><th>rank</th><th align=\"left\">model</th>")
                    .append("<th>value</th><th>interval</th><th>n ok / n</th><th align=\"left\">vs leader</th></tr>");
            for (Entry e : rows) {
                boolean worse = Boolean.TRUE.equals(e.worseThanLeader());
                html.append("<tr><td align=\"right\">").append(e.rank()).append("</td><td>")
                        .append(Html.escape(Display.name(e.model()))).append("</td><td align=\"right\">")
                        .append(Html.num(e.estimate().value())).append("</td><td>")
                        .append(Html.interval(e.estimate().ciLow(), e.estimate().ciHigh())).append("</td><td align=\"right\">")
                        .append(e.nOk()).append(" / ").append(e.n()).append("</td><td")
                        .append(worse ? " style=\"color:#b3261e\"" : "").append('>').append(versusLeader(e))
                        .append("</td></tr>");
            }
            html.append("</table>");
        }
        return Html.spaced(html.toString());
    }

    /**
     * A speed-vs-quality chart per benchmark whose models report latency and the benchmark's primary
     * metric; a chart that cannot be drawn is left out rather than costing the others.
     */
    static List<Svg.Chart> charts(Summary summary, String metric) {
        List<Svg.Chart> charts = new ArrayList<>();
        for (Summary.BenchmarkResult b : summary.benchmarks) {
            String suffix = summary.benchmarks.size() > 1 ? " (" + Display.name(b.benchmark) + ")" : "";
            String m = primaryMetric(b, metric);
            add(charts, "speed vs quality" + suffix, () -> SpeedQualityChart.of(b, m, lowerIsBetter(m)));
            // What each model cost the machine, beside how fast and how good it was.
            add(charts, "CPU" + suffix, () -> ResourceCharts.cpu(b.benchmark + ": CPU while each model ran", b));
            add(charts, "memory" + suffix, () -> ResourceCharts.memory(b.benchmark + ": memory while each model ran", b));
        }
        return charts;
    }

    private static void add(List<Svg.Chart> charts, String name, Supplier<JFreeChart> chart) {
        try {
            JFreeChart drawn = chart.get();
            if (drawn != null) {
                charts.add(Svg.render(name, drawn));
            }
        } catch (RuntimeException e) {
            ReportingFailures.log("chart [" + name + "]", e);
        }
    }

    /** From the paired comparison of the two on the metric, whichever of them was its baseline; null without one. */
    private static Boolean worseThanLeader(Summary.BenchmarkResult b, String metric, String leader, String model) {
        for (ComparisonResult c : b.comparisons) {
            if (!c.metric().equals(metric)) {
                continue;
            }
            if (c.baseline().equals(leader) && c.candidate().equals(model)) {
                return c.verdict().equals("worse");
            }
            if (c.baseline().equals(model) && c.candidate().equals(leader)) {
                return c.verdict().equals("better");
            }
        }
        return null;
    }

    static String html(List<Entry> entries, String metric) {
        Html html = new Html("Leaderboard" + (metric != null ? " on " + metric : ""));
        html.paragraph((metric != null ? "Each benchmark ranked on " + metric
                : "Each benchmark ranked on its first threshold's metric (set assay.allure.leaderboardMetric to "
                        + "choose one)") + ", in its better direction; equal values share a rank. Benchmarks are "
                + "not ranked against each other: a model name in two benchmarks is two models on two datasets.");
        List<String> benchmarks = entries.stream().map(Entry::benchmark).distinct().toList();
        for (String benchmark : benchmarks) {
            List<Entry> rows = entries.stream().filter(e -> e.benchmark().equals(benchmark)).toList();
            boolean unequal = rows.stream().map(Entry::nOk).distinct().count() > 1;
            html.paragraph(benchmark + " on " + rows.get(0).metric()
                    + (unequal ? " \u2014 the models were scored on different numbers of ok cases (see n ok / n)" : ""));
            html.header(List.of("rank", "model", "value", "CI", "n ok / n", "vs leader"));
            rows.forEach(e -> html.row(List.of(String.valueOf(e.rank()), e.model(), Html.num(e.estimate().value()),
                    Html.interval(e.estimate().ciLow(), e.estimate().ciHigh()), e.nOk() + " / " + e.n(),
                    versusLeader(e))));
            html.endTable();
        }
        return html.build();
    }

    private static String versusLeader(Entry e) {
        if (e.worseThanLeader() == null) {
            return e.rank() == 1 ? "leader" : "no paired test";
        }
        return e.worseThanLeader() ? "significantly worse" : "not shown worse";
    }
}
