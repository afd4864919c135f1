package dev.assay.report;

import dev.assay.api.Task;
import dev.assay.metrics.ClassificationMetrics;
import dev.assay.metrics.MultilabelMetrics;
import dev.assay.metrics.RegressionMetrics;
import dev.assay.metrics.SampleMetric;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ModelScorer} binds one model's case records to the metrics of its task: quality metrics
 * over the {@code ok} cases, category metrics through bins, and {@code success_rate} over all
 * cases. It hands out {@link SampleMetric}s, so the same functions give point values and
 * bootstrap intervals.
 */
public final class ModelScorer {

    private final List<CaseRecord> all;
    private final List<CaseRecord> ok;
    private final Map<String, SampleMetric> quality;

    /**
     * Binds the records of one model.
     *
     * @param records the model's records, in journal order
     * @param task the model's task
     * @param bins category bins for regression, or null
     * @param positiveLabel the positive label for binary metrics, or null
     */
    public ModelScorer(List<CaseRecord> records, Task task, BenchmarkSpec.Bins bins, String positiveLabel) {
        this.all = records;
        this.ok = records.stream().filter(CaseRecord::ok).toList();
        this.quality = ok.isEmpty() ? Map.of() : bind(task, bins, positiveLabel);
    }

    /** Records with status ok: the rows the quality metrics index. */
    public List<CaseRecord> okRecords() {
        return ok;
    }

    /** Quality metrics by name, over the rows of {@link #okRecords()}. */
    public Map<String, SampleMetric> quality() {
        return quality;
    }

    /** The fraction of all records whose status is ok. */
    public double successRate() {
        return all.isEmpty() ? Double.NaN : (double) ok.size() / all.size();
    }

    private Map<String, SampleMetric> bind(Task task, BenchmarkSpec.Bins bins, String positiveLabel) {
        Map<String, SampleMetric> metrics = new LinkedHashMap<>();
        switch (task) {
            case CLASSIFICATION -> metrics.putAll(classification(positiveLabel));
            case MULTILABEL -> metrics.putAll(MultilabelMetrics.bind(
                    ok.stream().map(r -> Labels.setOf(r.expected())).map(s -> (Set<String>) s).toList(),
                    ok.stream().map(r -> Labels.setOf(r.predicted())).map(s -> (Set<String>) s).toList()));
            case REGRESSION -> {
                double[] expected = numbers(true);
                double[] predicted = numbers(false);
                metrics.putAll(RegressionMetrics.bind(expected, predicted));
                if (bins != null) {
                    String[] e = new String[expected.length];
                    String[] p = new String[predicted.length];
                    for (int i = 0; i < e.length; i++) {
                        e[i] = bins.labelOf(expected[i]);
                        p[i] = bins.labelOf(predicted[i]);
                    }
                    ClassificationMetrics.bind(e, p, null, null)
                            .forEach((name, m) -> metrics.put("category_" + name, m));
                }
            }
            default -> {
                // Generation, extraction and ranking metrics come from their own packages.
            }
        }
        return metrics;
    }

    @SuppressWarnings("unchecked")
    private Map<String, SampleMetric> classification(String positiveLabel) {
        String[] expected = new String[ok.size()];
        String[] predicted = new String[ok.size()];
        Map<String, Double>[] probabilities = new Map[ok.size()];
        boolean allHaveProbabilities = true;
        for (int i = 0; i < expected.length; i++) {
            CaseRecord r = ok.get(i);
            expected[i] = Labels.of(r.expected());
            predicted[i] = Labels.of(r.predicted());
            probabilities[i] = r.probabilities();
            allHaveProbabilities &= r.probabilities() != null;
        }
        return ClassificationMetrics.bind(expected, predicted, allHaveProbabilities ? probabilities : null,
                positiveLabel);
    }

    private double[] numbers(boolean expected) {
        double[] out = new double[ok.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = expected ? ok.get(i).expected() : ok.get(i).predicted();
            out[i] = ((Number) v).doubleValue();
        }
        return out;
    }

    /** Row indices 0..n-1: the whole sample. */
    public static int[] identity(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /** Per-status counts of all records, in a fixed order. */
    public Map<String, Integer> statusCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : List.of(CaseRecord.OK, CaseRecord.ERROR, CaseRecord.TIMEOUT, CaseRecord.UNPARSEABLE,
                CaseRecord.SKIPPED)) {
            counts.put(s, 0);
        }
        for (CaseRecord r : all) {
            counts.merge(r.status(), 1, Integer::sum);
        }
        return counts;
    }

    /** How many records there are, whatever their status. */
    public int size() {
        return all.size();
    }
}
