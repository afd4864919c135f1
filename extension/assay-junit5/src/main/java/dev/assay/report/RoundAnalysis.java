package dev.assay.report;

import dev.assay.api.Task;
import dev.assay.metrics.SampleMetric;
import dev.assay.stats.FleissKappa;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@code RoundAnalysis} turns a model's records of several rounds into its {@link RoundsResult}:
 * per-case agreement, Fleiss' kappa, pass@k / pass^k and each metric's spread across rounds.
 * Everything comes from the records, so {@code assay report} rebuilds the same numbers.
 */
final class RoundAnalysis {

    private RoundAnalysis() {
    }

    /**
     * The rounds result, or null for a single round.
     *
     * @param caseThresholds the model's per-case bounds; empty to judge cases by {@code correct}
     *     (classification, multilabel, generation) or not at all (other tasks)
     */
    static RoundsResult of(List<CaseRecord> records, Task task, BenchmarkSpec spec,
                           List<BenchmarkSpec.ThresholdSpec> caseThresholds) {
        int k = records.stream().mapToInt(CaseRecord::round).max().orElse(0) + 1;
        if (k < 2) {
            return null;
        }
        Map<String, CaseRecord[]> byCase = new LinkedHashMap<>();
        for (CaseRecord r : records) {
            byCase.computeIfAbsent(r.caseId(), id -> new CaseRecord[k])[r.round()] = r;
        }
        List<CaseRecord[]> complete = byCase.values().stream()
                .filter(rounds -> java.util.Arrays.stream(rounds).allMatch(java.util.Objects::nonNull)).toList();
        RoundsResult result = new RoundsResult();
        result.k = k;
        result.cases = complete.size();
        agreement(result, complete, task);
        passes(result, complete, task, caseThresholds);
        spreads(result, records, task, spec, k);
        return result;
    }

    private static void agreement(RoundsResult result, List<CaseRecord[]> complete, Task task) {
        List<List<String>> compared = new ArrayList<>();
        for (CaseRecord[] rounds : complete) {
            if (java.util.Arrays.stream(rounds).allMatch(CaseRecord::ok)) {
                compared.add(java.util.Arrays.stream(rounds).map(r -> key(r.predicted(), task)).toList());
            }
        }
        result.casesCompared = compared.size();
        if (compared.isEmpty()) {
            return;
        }
        long same = compared.stream().filter(keys -> keys.stream().distinct().count() == 1).count();
        result.agreement = (double) same / compared.size();
        if (task == Task.CLASSIFICATION || task == Task.MULTILABEL) {
            List<String> categories = new ArrayList<>(compared.stream().flatMap(List::stream)
                    .collect(Collectors.toCollection(TreeSet::new)));
            int[][] table = new int[compared.size()][categories.size()];
            for (int i = 0; i < table.length; i++) {
                for (String key : compared.get(i)) {
                    table[i][categories.indexOf(key)]++;
                }
            }
            result.fleissKappa = Summary.Estimate.finite(FleissKappa.of(table));
        }
    }

    /** Predictions as comparable keys: labels as labels, a label set sorted, numbers exactly. */
    private static String key(Object predicted, Task task) {
        if (task == Task.MULTILABEL || predicted instanceof Collection<?>) {
            return String.join("\u0000", new TreeSet<>(Labels.setOf(predicted)));
        }
        if (predicted instanceof Number n) {
            return Double.toString(n.doubleValue());
        }
        return Labels.of(predicted);
    }

    private static void passes(RoundsResult result, List<CaseRecord[]> complete, Task task,
                               List<BenchmarkSpec.ThresholdSpec> caseThresholds) {
        Predicate<CaseRecord> passed;
        if (!caseThresholds.isEmpty()) {
            result.passCriterion = caseThresholds.stream().map(t -> t.toString()).collect(Collectors.joining(" and "));
            passed = r -> CaseValues.passes(r, caseThresholds);
        } else if (task == Task.CLASSIFICATION || task == Task.MULTILABEL || task == Task.GENERATION) {
            result.passCriterion = "correct";
            passed = r -> r.ok() && CaseValues.correct(r);
        } else {
            return; // a regression case has no natural pass/fail without a @CaseThreshold
        }
        if (complete.isEmpty()) {
            return;
        }
        int any = 0;
        int all = 0;
        for (CaseRecord[] rounds : complete) {
            long p = java.util.Arrays.stream(rounds).filter(passed).count();
            any += p > 0 ? 1 : 0;
            all += p == rounds.length ? 1 : 0;
        }
        result.passAtK = (double) any / complete.size();
        result.passHatK = (double) all / complete.size();
    }

    /** Each overall metric (per-label ones left out: too many to read) computed on each round alone. */
    private static void spreads(RoundsResult result, List<CaseRecord> records, Task task, BenchmarkSpec spec, int k) {
        Map<Integer, List<CaseRecord>> byRound = new TreeMap<>();
        records.forEach(r -> byRound.computeIfAbsent(r.round(), x -> new ArrayList<>()).add(r));
        Map<String, Double[]> values = new LinkedHashMap<>();
        for (int round = 0; round < k; round++) {
            List<CaseRecord> rows = byRound.getOrDefault(round, List.of());
            if (rows.isEmpty()) {
                continue;
            }
            // The spec whole: a round of an extraction or ranking benchmark needs its schema and cut-offs too.
            ModelScorer scorer = new ModelScorer(rows, task, spec);
            values.computeIfAbsent("success_rate", x -> new Double[k])[round] = scorer.successRate();
            int[] all = ModelScorer.identity(scorer.okRecords().size());
            for (Map.Entry<String, SampleMetric> e : scorer.quality().entrySet()) {
                if (!e.getKey().contains("[")) {
                    values.computeIfAbsent(e.getKey(), x -> new Double[k])[round] = e.getValue().compute(all);
                }
            }
        }
        values.forEach((metric, perRound) -> result.metrics.put(metric, spread(perRound)));
    }

    static RoundsResult.Spread spread(Double[] perRound) {
        List<Double> shown = new ArrayList<>();
        double sum = 0;
        int n = 0;
        for (Double v : perRound) {
            Double finite = v == null ? null : Summary.Estimate.finite(v);
            shown.add(finite);
            if (finite != null) {
                sum += finite;
                n++;
            }
        }
        if (n == 0) {
            return new RoundsResult.Spread(shown, null, null);
        }
        double mean = sum / n;
        double ss = 0;
        for (Double v : shown) {
            if (v != null) {
                ss += (v - mean) * (v - mean);
            }
        }
        Double se = n < 2 ? null : Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
        return new RoundsResult.Spread(shown, mean, se);
    }
}
