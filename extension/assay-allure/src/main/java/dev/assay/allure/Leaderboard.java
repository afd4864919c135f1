package dev.assay.allure;

import dev.assay.metrics.Direction;
import dev.assay.metrics.MetricCatalog;
import dev.assay.report.Fmt;
import dev.assay.report.Summary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Leaderboard} ranks models within each benchmark on one metric, in the metric's better
 * direction, and across benchmarks by their mean rank. The metric is {@code
 * assay.allure.leaderboardMetric}; unset, each benchmark ranks on its first threshold's metric.
 */
final class Leaderboard {

    /** One model's standing in one benchmark. */
    record Entry(String benchmark, String metric, String model, int rank, Summary.Estimate estimate) {
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
            for (int i = 0; i < ranked.size(); i++) {
                entries.add(new Entry(b.benchmark, m, ranked.get(i).model, i + 1, ranked.get(i).metrics.get(m)));
            }
        }
        return entries;
    }

    /** Each model's mean rank over the benchmarks it appears in, best first. */
    static Map<String, double[]> meanRanks(List<Entry> entries) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        entries.forEach(e -> {
            double[] s = sums.computeIfAbsent(e.model(), k -> new double[2]);
            s[0] += e.rank();
            s[1]++;
        });
        Map<String, double[]> sorted = new LinkedHashMap<>();
        sums.entrySet().stream().sorted(Comparator.comparingDouble(e -> e.getValue()[0] / e.getValue()[1]))
                .forEach(e -> sorted.put(e.getKey(), new double[] {e.getValue()[0] / e.getValue()[1], e.getValue()[1]}));
        return sorted;
    }

    static String html(List<Entry> entries, String metric) {
        Html html = new Html("Leaderboard" + (metric != null ? " on " + metric : ""));
        html.paragraph(metric != null ? "Ranked on " + metric + " in its better direction."
                : "Each benchmark ranked on its first threshold's metric (set assay.allure.leaderboardMetric to "
                        + "rank every benchmark on one metric).");
        html.header(List.of("model", "mean rank", "benchmarks"));
        meanRanks(entries).forEach((model, r) -> html.row(List.of(model, Fmt.num(r[0]), String.valueOf((long) r[1]))));
        html.endTable();
        html.header(List.of("benchmark", "metric", "rank", "model", "value", "CI"));
        entries.forEach(e -> html.row(List.of(e.benchmark(), e.metric(), String.valueOf(e.rank()), e.model(),
                Html.num(e.estimate().value()), Html.interval(e.estimate().ciLow(), e.estimate().ciHigh()))));
        return html.endTable().build();
    }
}
