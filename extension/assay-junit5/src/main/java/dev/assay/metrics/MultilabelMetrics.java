package dev.assay.metrics;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code MultilabelMetrics} is used to bind the multilabel metrics to a benchmark's expected and
 * predicted label sets, for evaluation on any sample of rows.
 *
 * <p>The labels are the sorted union ({@link Labels#sorted}) of every label in the bound data;
 * each value equals scikit-learn 1.2 on the {@code MultiLabelBinarizer} indicator matrices of
 * those labels, restricted to the sample's rows, with {@code zero_division=0}:
 * {@code subset_accuracy} ({@code accuracy_score}), {@code hamming_loss}, {@code f1_micro},
 * {@code f1_macro} (over all bound labels), {@code f1_samples} (a row with both sets empty
 * scores 0, as in scikit-learn 1.2), {@code precision_micro}, {@code recall_micro}, and per label
 * {@code f1[LABEL]}. Every metric of an empty sample is NaN; {@code hamming_loss} is NaN when the
 * data has no labels at all.
 *
 * <pre>{@code
 * Map<String, SampleMetric> metrics = MultilabelMetrics.bind(expectedSets, predictedSets);
 * double hamming = metrics.get("hamming_loss").compute(rows);
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class MultilabelMetrics {

    private MultilabelMetrics() {
    }

    /**
     * Binds the multilabel metrics to the given data.
     *
     * @param expected the expected label set per row (may be empty, never {@code null})
     * @param predicted the predicted label set per row (may be empty, never {@code null})
     * @return metric name to metric, the averages first, then {@code f1[LABEL]} in label order
     * @throws IllegalArgumentException when the lists differ in length or a set is {@code null}
     */
    public static Map<String, SampleMetric> bind(List<Set<String>> expected, List<Set<String>> predicted) {
        ClassificationMetrics.requireSameLength(expected.size(), predicted.size(), "predicted");
        List<String> all = new ArrayList<>();
        for (List<Set<String>> sets : List.of(expected, predicted)) {
            for (Set<String> set : sets) {
                if (set != null) {
                    all.addAll(set);
                }
            }
        }
        List<String> labels = Labels.sorted(all);
        Map<String, Integer> index = Labels.index(labels);
        LabelBits e = LabelBits.encode(expected, index, "expected");
        LabelBits p = LabelBits.encode(predicted, index, "predicted");
        int k = labels.size();

        Map<String, SampleMetric> metrics = new LinkedHashMap<>();
        metrics.put("subset_accuracy", rows -> subsetAccuracy(e, p, rows));
        metrics.put("hamming_loss", rows -> hammingLoss(e, p, k, rows));
        metrics.put("f1_micro", rows -> micro(e, p, rows, Micro.F1));
        metrics.put("f1_macro", rows -> f1Macro(e, p, k, rows));
        metrics.put("f1_samples", rows -> f1Samples(e, p, rows));
        metrics.put("precision_micro", rows -> micro(e, p, rows, Micro.PRECISION));
        metrics.put("recall_micro", rows -> micro(e, p, rows, Micro.RECALL));
        for (int c = 0; c < k; c++) {
            int label = c;
            metrics.put("f1[" + labels.get(c) + "]", rows -> f1(e, p, label, rows));
        }
        return SampleMetrics.nanWhenEmpty(metrics);
    }

    private static double subsetAccuracy(LabelBits e, LabelBits p, int[] rows) {
        int same = 0;
        for (int row : rows) {
            if (e.differing(row, p) == 0) {
                same++;
            }
        }
        return (double) same / rows.length;
    }

    private static double hammingLoss(LabelBits e, LabelBits p, int labels, int[] rows) {
        long differing = 0;
        for (int row : rows) {
            differing += e.differing(row, p);
        }
        return differing / ((double) rows.length * labels);
    }

    private enum Micro { PRECISION, RECALL, F1 }

    private static double micro(LabelBits e, LabelBits p, int[] rows, Micro which) {
        long tp = 0;
        long predicted = 0;
        long actual = 0;
        for (int row : rows) {
            tp += e.common(row, p);
            predicted += p.size(row);
            actual += e.size(row);
        }
        double precision = predicted == 0 ? 0.0 : (double) tp / predicted;
        double recall = actual == 0 ? 0.0 : (double) tp / actual;
        return switch (which) {
            case PRECISION -> precision;
            case RECALL -> recall;
            case F1 -> ClassCounts.f1(precision, recall);
        };
    }

    private static double f1Macro(LabelBits e, LabelBits p, int labels, int[] rows) {
        int[] tp = new int[labels];
        int[] predicted = new int[labels];
        int[] actual = new int[labels];
        for (int row : rows) {
            e.addCommonTo(tp, row, p);
            p.addTo(predicted, row);
            e.addTo(actual, row);
        }
        double sum = 0;
        for (int c = 0; c < labels; c++) {
            sum += f1(tp[c], predicted[c], actual[c]);
        }
        return sum / labels;
    }

    private static double f1(LabelBits e, LabelBits p, int label, int[] rows) {
        int tp = 0;
        int predicted = 0;
        int actual = 0;
        for (int row : rows) {
            boolean inExpected = e.has(row, label);
            boolean inPredicted = p.has(row, label);
            if (inExpected) {
                actual++;
            }
            if (inPredicted) {
                predicted++;
                if (inExpected) {
                    tp++;
                }
            }
        }
        return f1(tp, predicted, actual);
    }

    private static double f1Samples(LabelBits e, LabelBits p, int[] rows) {
        double sum = 0;
        for (int row : rows) {
            sum += f1(e.common(row, p), p.size(row), e.size(row));
        }
        return sum / rows.length;
    }

    private static double f1(long tp, long predicted, long actual) {
        double precision = predicted == 0 ? 0.0 : (double) tp / predicted;
        double recall = actual == 0 ? 0.0 : (double) tp / actual;
        return ClassCounts.f1(precision, recall);
    }
}
