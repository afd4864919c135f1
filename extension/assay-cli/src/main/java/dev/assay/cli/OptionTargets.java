package dev.assay.cli;

import dev.assay.api.Task;
import dev.assay.metrics.MetricCatalog;
import dev.assay.metrics.ranking.RankingMetrics;
import dev.assay.report.BenchmarkSpec;
import dev.assay.report.CaseRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * {@code OptionTargets} applies {@code --threshold} and {@code --compare} to the benchmarks of the
 * journals, refusing any that names a benchmark, model or metric the journals do not have: a
 * misspelt name in a CI gate must be an error, not a gate that checks nothing.
 *
 * <p>A threshold goes to every benchmark (or the one {@code --benchmark} names) whose models compute
 * its metric; a comparison to every benchmark with both models, unless the run already declared it.
 */
final class OptionTargets {

    private final Map<String, BenchmarkSpec> specs;
    private final Map<String, TreeSet<String>> models = new LinkedHashMap<>();

    OptionTargets(Map<String, BenchmarkSpec> specs, List<CaseRecord> records, String benchmark) {
        if (benchmark != null && !specs.containsKey(benchmark)) {
            throw new IllegalArgumentException("--benchmark [" + benchmark + "] is not in the journals; their benchmarks are "
                    + new TreeSet<>(specs.keySet()));
        }
        this.specs = new LinkedHashMap<>();
        specs.forEach((name, spec) -> {
            if (benchmark == null || benchmark.equals(name)) {
                this.specs.put(name, spec);
            }
        });
        records.forEach(r -> {
            if (this.specs.containsKey(r.benchmark())) {
                models.computeIfAbsent(r.benchmark(), b -> new TreeSet<>()).add(r.model());
            }
        });
    }

    /** Adds {@code t} to every targeted benchmark that computes its metric, replacing a stored one on the same metric and model. */
    void threshold(String text, BenchmarkSpec.ThresholdSpec t) {
        if (t.model() != null && models.values().stream().noneMatch(m -> m.contains(t.model()))) {
            throw new IllegalArgumentException("--threshold [" + text + "] names the model [" + t.model()
                    + "], which the journals do not have; their models are " + models);
        }
        List<BenchmarkSpec> applies = new ArrayList<>();
        for (BenchmarkSpec spec : specs.values()) {
            boolean hasModel = t.model() == null || models.getOrDefault(spec.benchmark, new TreeSet<>()).contains(t.model());
            if (hasModel && computes(spec, t.metric())) {
                applies.add(spec);
            }
        }
        if (applies.isEmpty()) {
            throw new IllegalArgumentException("--threshold [" + text + "]: no benchmark" + (specs.size() == 1 ? " [" 
                    + specs.keySet().iterator().next() + "]" : "") + " of the journals computes [" + t.metric()
                    + "] for " + (t.model() == null ? "its models" : "[" + t.model() + "]") + "; tasks there: " + tasks());
        }
        for (BenchmarkSpec spec : applies) {
            spec.thresholds.removeIf(s -> s.metric().equals(t.metric()) && Objects.equals(s.model(), t.model()));
            spec.thresholds.add(t);
        }
    }

    /** Adds the comparison to every targeted benchmark with both models that does not declare it already. */
    void compare(String text) {
        String[] pair = text.split(":", 2);
        if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
            throw new IllegalArgumentException("--compare [" + text + "] is not BASELINE:CANDIDATE, e.g. ridge:gemma3");
        }
        boolean any = false;
        for (BenchmarkSpec spec : specs.values()) {
            TreeSet<String> here = models.getOrDefault(spec.benchmark, new TreeSet<>());
            if (!here.contains(pair[0]) || !here.contains(pair[1])) {
                continue;
            }
            any = true;
            boolean declared = spec.comparisons.stream()
                    .anyMatch(c -> c.baseline().equals(pair[0]) && c.candidate().equals(pair[1]));
            if (!declared) {
                spec.comparisons.add(new BenchmarkSpec.CompareSpec(pair[0], pair[1], 0.0));
            }
        }
        if (!any) {
            throw new IllegalArgumentException("--compare [" + text + "]: no benchmark of the journals has both [" + pair[0]
                    + "] and [" + pair[1] + "]; their models are " + models);
        }
    }

    /** Whether the benchmark's models compute {@code metric}: by their tasks, per-label and score metrics by name. */
    private static boolean computes(BenchmarkSpec spec, String metric) {
        if (metric.contains("[") || MetricCatalog.isScoreMetric(metric)) {
            return true;
        }
        if (metric.startsWith(MetricCatalog.CATEGORY_PREFIX)) {
            return spec.bins != null;
        }
        if (spec.ranking != null && RankingMetrics.isRankingMetric(metric)) {
            // A ranking benchmark computes its @K metrics at the cut-offs it declared, and no others.
            return RankingMetrics.names(spec.ranking.k()).contains(metric);
        }
        Collection<BenchmarkSpec.ModelSpec> declared = spec.models.values();
        if (declared.isEmpty()) {
            return true;   // a journal without benchmarks.json: nothing says which metrics exist
        }
        return declared.stream().anyMatch(m -> m.task != null && MetricCatalog.names(Task.fromWireName(m.task)).contains(metric));
    }

    private Map<String, TreeSet<String>> tasks() {
        Map<String, TreeSet<String>> out = new LinkedHashMap<>();
        specs.values().forEach(s -> s.models.values().forEach(m -> out.computeIfAbsent(s.benchmark, b -> new TreeSet<>())
                .add(String.valueOf(m.task))));
        return out;
    }
}
