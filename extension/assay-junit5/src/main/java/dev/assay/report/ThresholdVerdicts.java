package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code ThresholdVerdicts} checks a model's metrics against its thresholds and words each
 * violation so a person can act on it:
 * {@code accuracy 0.81 is below the minimum 0.85 (95% CI [0.77, 0.85], n=500)}.
 */
@API(status = INTERNAL, since = "0.1")
public final class ThresholdVerdicts {

    private ThresholdVerdicts() {
    }

    /** The verdict of every threshold that applies to the model, in declaration order. */
    public static List<Summary.ThresholdResult> check(List<BenchmarkSpec.ThresholdSpec> thresholds, String model,
                                                      Map<String, Summary.Estimate> metrics) {
        List<Summary.ThresholdResult> results = new ArrayList<>();
        for (BenchmarkSpec.ThresholdSpec t : thresholds) {
            if (!t.appliesTo(model)) {
                continue;
            }
            Summary.Estimate e = metrics.get(t.metric());
            Double value = e == null ? null : e.value();
            boolean passed = value != null && (t.min() == null || value >= t.min()) && (t.max() == null || value <= t.max());
            results.add(new Summary.ThresholdResult(t.metric(), t.min(), t.max(), value, passed));
        }
        return results;
    }

    /** One line per failed threshold; empty when all passed. */
    public static List<String> failures(Summary.ModelResult model, double confidence) {
        List<String> lines = new ArrayList<>();
        for (Summary.ThresholdResult t : model.thresholds) {
            if (!t.passed()) {
                lines.add(describe(t, model.metrics.get(t.metric()), model.nOk, confidence));
            }
        }
        return lines;
    }

    /** A threshold failure in words, with the interval and sample size behind the value. */
    public static String describe(Summary.ThresholdResult t, Summary.Estimate estimate, int n, double confidence) {
        if (t.value() == null) {
            return t.metric() + " could not be computed from " + n + " ok cases"
                    + (n == 0 ? " (every case failed: see the broken case nodes)"
                    : " (for example roc_auc needs probabilities: record them with out.probabilities(...))");
        }
        String relation = t.min() != null && t.value() < t.min()
                ? "is below the minimum " + Fmt.num(t.min())
                : "is above the maximum " + Fmt.num(t.max());
        String interval = estimate != null && estimate.ciLow() != null && estimate.ciHigh() != null
                ? Fmt.num(Math.round(confidence * 100)) + "% CI " + Fmt.range(estimate.ciLow(), estimate.ciHigh()) + ", "
                : "";
        return t.metric() + " " + Fmt.num(t.value()) + " " + relation + " (" + interval + "n=" + n + ")";
    }
}
