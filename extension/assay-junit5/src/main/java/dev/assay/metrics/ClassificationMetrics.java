package dev.assay.metrics;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code ClassificationMetrics} is used to bind the single-label classification metrics to a
 * benchmark's expected and predicted labels, for evaluation on any sample of rows.
 *
 * <p>Every value equals scikit-learn 1.2 applied to {@code expected[rows]} and
 * {@code predicted[rows]}, with {@code zero_division=0}:
 * <ul>
 *   <li>{@code accuracy}, {@code balanced_accuracy}, {@code precision_macro},
 *       {@code recall_macro}, {@code f1_macro}, {@code precision_micro}, {@code recall_micro},
 *       {@code f1_micro}, {@code precision_weighted}, {@code recall_weighted},
 *       {@code f1_weighted}, {@code mcc}, {@code cohen_kappa}: averages run over the labels that
 *       occur in the sample (expected or predicted), as with {@code labels=None};</li>
 *   <li>per label, for every label of the bound data: {@code precision[LABEL]},
 *       {@code recall[LABEL]}, {@code f1[LABEL]}, members of one {@link MetricFamily} so all of
 *       them can be computed from one count of a sample;</li>
 *   <li>only when every row has probabilities: {@code roc_auc}, {@code average_precision},
 *       {@code log_loss}, {@code brier}, {@code ece}.</li>
 * </ul>
 *
 * <p>The labels are the sorted union of expected and predicted labels ({@link Labels#sorted}).
 * With at most two labels the task is binary: {@code roc_auc}, {@code average_precision} and
 * {@code brier} score the positive label's probability against "expected is the positive label"
 * (the macro and per-label metrics stay as named). With more labels {@code roc_auc} and
 * {@code average_precision} are one-vs-rest macro averages over the labels expected in the
 * sample (a label that is never expected has no curve; {@code roc_auc} is NaN when fewer than two
 * labels are expected) and {@code brier} is the mean over rows of
 * {@code sum over labels of (onehot - p)^2}. {@code log_loss} is sklearn's with
 * {@code labels} = all labels (clipped to machine epsilon and renormalised per row; NaN with
 * fewer than two labels). {@code ece} is the expected calibration error of the top label (the
 * first label, in label order, with the highest probability; correct when it equals the expected
 * label): confidences {@code c} fall into 10 bins {@code min(floor(10 c), 9)}, and
 * {@code ece = sum over non-empty bins of (bin size / n) * |bin accuracy - bin mean confidence|}.
 *
 * <p>A positive label that is none of the labels is accepted (a shard may hold only negatives):
 * no row is then positive, so {@code roc_auc} is NaN and {@code average_precision} 0.
 *
 * <p>Undefined values are NaN: every metric of an empty sample, {@code cohen_kappa} when chance
 * agreement is total, {@code roc_auc} without both classes. {@code mcc} is 0 when a marginal is
 * constant, as in scikit-learn.
 *
 * <pre>{@code
 * Map<String, SampleMetric> metrics = ClassificationMetrics.bind(expected, predicted, null, null);
 * double f1 = metrics.get("f1_macro").compute(rows);
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class ClassificationMetrics {

    private ClassificationMetrics() {
    }

    /**
     * Binds the classification metrics to the given data.
     *
     * @param expected the expected label per row, no {@code null}
     * @param predicted the predicted label per row, no {@code null}; may hold labels never expected
     * @param probabilities {@code null}, or per row a map label to probability; when any row's map
     *     is {@code null} the probability metrics are left out entirely. A label missing from a
     *     map has probability 0; keys that are no label of the data are ignored (except a binary
     *     task's positive label)
     * @param positiveLabel the positive label of a binary task; {@code null} for the label that
     *     sorts last ({@code 1} over {@code 0}, {@code pos} over {@code neg})
     * @return metric name to metric, in the order listed above, per-label metrics last
     * @throws IllegalArgumentException when the arrays differ in length or a label is {@code null}
     */
    public static Map<String, SampleMetric> bind(String[] expected, String[] predicted,
            Map<String, Double>[] probabilities, String positiveLabel) {
        requireSameLength(expected.length, predicted.length, "predicted");
        if (probabilities != null) {
            requireSameLength(expected.length, probabilities.length, "probabilities");
        }
        List<String> all = new ArrayList<>(Arrays.asList(expected));
        all.addAll(Arrays.asList(predicted));
        List<String> labels = Labels.sorted(all.stream().filter(l -> l != null).toList());
        Map<String, Integer> index = Labels.index(labels);
        int[] e = Labels.encode(expected, index, "expected");
        int[] p = Labels.encode(predicted, index, "predicted");
        int k = labels.size();
        String positive = positiveLabel != null || labels.isEmpty() ? positiveLabel : labels.get(k - 1);

        Map<String, SampleMetric> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", counted(e, p, k, ClassCounts::accuracy));
        metrics.put("balanced_accuracy", counted(e, p, k, ClassCounts::balancedAccuracy));
        metrics.put("precision_macro", MacroAverage.PRECISION.bind(e, p, k));
        metrics.put("recall_macro", MacroAverage.RECALL.bind(e, p, k));
        metrics.put("f1_macro", MacroAverage.F1.bind(e, p, k));
        metrics.put("precision_micro", counted(e, p, k, ClassCounts::microPrecision));
        metrics.put("recall_micro", counted(e, p, k, ClassCounts::microRecall));
        metrics.put("f1_micro", counted(e, p, k, ClassCounts::microF1));
        metrics.put("precision_weighted", counted(e, p, k, c -> c.weighted(ClassCounts::precision)));
        metrics.put("recall_weighted", counted(e, p, k, c -> c.weighted(ClassCounts::recall)));
        metrics.put("f1_weighted", counted(e, p, k, c -> c.weighted(ClassCounts::f1)));
        metrics.put("mcc", counted(e, p, k, ClassCounts::mcc));
        metrics.put("cohen_kappa", counted(e, p, k, ClassCounts::cohenKappa));
        ProbabilityMetrics.addTo(metrics, e, labels, probabilities, positive);
        // One family, so a bootstrap counts each resample once for every label instead of once per metric.
        PerLabelCounts perLabel = new PerLabelCounts(e, p, k);
        for (int c = 0; c < k; c++) {
            String name = labels.get(c);
            int first = PerLabelCounts.PER_LABEL * c;
            metrics.put("precision[" + name + "]", new FamilyMember(perLabel, first));
            metrics.put("recall[" + name + "]", new FamilyMember(perLabel, first + 1));
            metrics.put("f1[" + name + "]", new FamilyMember(perLabel, first + 2));
        }
        return SampleMetrics.nanWhenEmpty(metrics);
    }

    private static SampleMetric counted(int[] expected, int[] predicted, int k, Formula formula) {
        return rows -> formula.of(ClassCounts.of(expected, predicted, k, rows));
    }

    static void requireSameLength(int expected, int actual, String what) {
        if (expected != actual) {
            throw new IllegalArgumentException("expected has [" + expected + "] rows but " + what + " has ["
                    + actual + "]; give one value per row");
        }
    }

    @FunctionalInterface
    private interface Formula {
        double of(ClassCounts counts);
    }
}
