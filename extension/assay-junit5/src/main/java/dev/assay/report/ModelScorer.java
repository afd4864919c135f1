package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.api.Task;
import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.metrics.ClassificationMetrics;
import dev.assay.metrics.MetricCatalog;
import dev.assay.metrics.extraction.ExtractionMetrics;
import dev.assay.metrics.ranking.Judgements;
import dev.assay.metrics.ranking.RankingMetrics;
import dev.assay.metrics.text.GenerationMetrics;
import dev.assay.metrics.MultilabelMetrics;
import dev.assay.metrics.RegressionMetrics;
import dev.assay.metrics.SampleMetric;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code ModelScorer} binds one model's case records to the metrics of its task: quality metrics
 * over the {@code ok} cases (classification, multilabel, regression, generation text metrics,
 * extraction JSON metrics, ranking metrics at the benchmark's cut-offs), category metrics through bins, the means of per-case scores
 * ({@code score[judge]}), and {@code success_rate} over all cases. It hands out {@link SampleMetric}s, so the same functions give point values and
 * bootstrap intervals.
 */
@API(status = INTERNAL, since = "0.1")
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
        this(records, task, bins, positiveLabel, null, null);
    }

    /**
     * Binds the records of one model with everything its benchmark's spec declares (bins, positive
     * label, extraction schema).
     */
    public ModelScorer(List<CaseRecord> records, Task task, BenchmarkSpec spec) {
        this(records, task, spec.bins, spec.positiveLabel, spec.schema, spec.ranking);
    }

    private ModelScorer(List<CaseRecord> records, Task task, BenchmarkSpec.Bins bins, String positiveLabel,
                        JsonNode schema, BenchmarkSpec.RankingSpec ranking) {
        this.all = records;
        this.ok = records.stream().filter(CaseRecord::ok).toList();
        this.quality = ok.isEmpty() ? Map.of() : bind(task, bins, positiveLabel, schema, ranking);
    }

    /** Every record of the model, in journal order. */
    public List<CaseRecord> records() {
        return all;
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

    private Map<String, SampleMetric> bind(Task task, BenchmarkSpec.Bins bins, String positiveLabel, JsonNode schema,
                                           BenchmarkSpec.RankingSpec ranking) {
        Map<String, SampleMetric> metrics = new LinkedHashMap<>();
        switch (task) {
            case CLASSIFICATION -> metrics.putAll(classification(positiveLabel));
            case MULTILABEL -> metrics.putAll(MultilabelMetrics.bind(
                    ok.stream().map(r -> Labels.setOf(r.expected())).toList(),
                    ok.stream().map(r -> Labels.setOf(r.predicted())).toList()));
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
            case GENERATION -> metrics.putAll(GenerationMetrics.bind(
                    ok.stream().map(r -> String.valueOf(r.predicted())).toList(),
                    ok.stream().map(r -> r.expected() == null ? "" : String.valueOf(r.expected())).toList()));
            case EXTRACTION -> metrics.putAll(ExtractionMetrics.bind(
                    ok.stream().map(CaseRecord::expected).toList(), ok.stream().map(CaseRecord::predicted).toList(),
                    schema == null ? null : ExtractionMetrics.schema(schema.toString())));
            case RANKING -> metrics.putAll(ranking(ranking));
            default -> {
                // AUTO never reaches a scorer: the task is resolved before any record is written.
            }
        }
        Map<String, SampleMetric> scores = scores();
        if (task == Task.RANKING) {
            // Per-query values recorded as scores are the ranking metrics themselves, recomputed above from the
            // records; a score[recall@5] beside recall@5 would only repeat it.
            scores.keySet().removeIf(name -> RankingMetrics.isRankingMetric(name.substring(6, name.length() - 1)));
        }
        metrics.putAll(scores);
        return metrics;
    }

    /**
     * Ranking metrics at the declared cut-offs; a spec without them (a journal scored on its own) gets
     * the default cut-offs, and ties below the longest ranking stand for the corpus.
     */
    private Map<String, SampleMetric> ranking(BenchmarkSpec.RankingSpec ranking) {
        List<Judgements> judgements = ok.stream().map(r -> Judgements.parse(r.expected())).toList();
        List<List<String>> rankings = ok.stream().map(r -> Judgements.idsOf((List<?>) r.predicted())).toList();
        int[] ks = ranking != null ? ranking.k() : RankingMetrics.DEFAULT_K;
        int corpusSize = ranking != null ? ranking.corpusSize() : 0;
        return RankingMetrics.bind(judgements, rankings, ks, corpusSize);
    }

    /**
     * The mean of every per-case score the ok records carry ({@code score[judge]}), over the rows that
     * have it: a judge that could not score a case leaves it out rather than counting it as 0.
     */
    private Map<String, SampleMetric> scores() {
        Set<String> names = new java.util.TreeSet<>();
        ok.forEach(r -> {
            if (r.scores() != null) {
                names.addAll(r.scores().keySet());
            }
        });
        Map<String, SampleMetric> out = new LinkedHashMap<>();
        for (String name : names) {
            double[] values = new double[ok.size()];
            for (int i = 0; i < values.length; i++) {
                Double v = ok.get(i).scores() == null ? null : ok.get(i).scores().get(name);
                values[i] = v == null ? Double.NaN : v;
            }
            out.put(MetricCatalog.scoreMetric(name), rows -> {
                double sum = 0;
                int n = 0;
                for (int row : rows) {
                    if (!Double.isNaN(values[row])) {
                        sum += values[row];
                        n++;
                    }
                }
                return n == 0 ? Double.NaN : sum / n;
            });
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})   // an array of Map<String, Double>: Java has no generic arrays
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
