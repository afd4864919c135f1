package dev.assay.allure;

import dev.assay.metrics.Direction;
import dev.assay.metrics.MetricCatalog;
import dev.assay.report.ComparisonResult;
import dev.assay.report.Summary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@code Leaderboard} ranks the models of each benchmark on its primary metric, in the metric's
 * better direction: {@code assay.allure.leaderboardMetric} when set, else the benchmark's first
 * threshold metric, else {@code success_rate}. Equal values share a rank (1, 1, 3). Each row shows
 * how many of the model's cases were {@code ok} and whether the paired tests of a {@code @Compare}
 * found it significantly worse than the leader. Models are never ranked across benchmarks: two
 * models that share a name in two benchmarks are different models on different data.
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
            String m = metric != null ? metric : b.models.stream().flatMap(r -> r.thresholds.stream())
                    .map(Summary.ThresholdResult::metric).findFirst().orElse("success_rate");
            boolean lower = MetricCatalog.direction(m).orElse(Direction.HIGHER_IS_BETTER) == Direction.LOWER_IS_BETTER;
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
