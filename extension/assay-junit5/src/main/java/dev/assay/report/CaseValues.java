package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * {@code CaseValues} is used to read the per-case values that {@code @CaseThreshold}s bound
 * ({@code latency_ms}, {@code absolute_error}, {@code correct}, or a recorded score) from a case
 * record. The case nodes and the rounds summary (pass@k, pass^k) read them the same way.
 *
 * <pre>{@code
 * Double error = CaseValues.valueOf("absolute_error", record);
 * boolean passed = CaseValues.passes(record, spec.models.get(model).caseThresholds);
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class CaseValues {

    private CaseValues() {
    }

    /** The per-case value a threshold names, or null when the case has none. */
    public static Double valueOf(String metric, CaseRecord record) {
        switch (metric) {
            case "latency_ms":
                return record.latencyMs();
            case "absolute_error":
                if (record.expected() instanceof Number e && record.predicted() instanceof Number p) {
                    return Math.abs(e.doubleValue() - p.doubleValue());
                }
                return null;
            case "correct":
                return correct(record) ? 1.0 : 0.0;
            default:
                return record.scores() == null ? null : record.scores().get(metric);
        }
    }

    /** Whether the prediction equals the expected value, labels compared as labels (sets for multilabel). */
    public static boolean correct(CaseRecord record) {
        if (record.expected() instanceof List<?> || record.predicted() instanceof List<?>) {
            return Labels.setOf(record.expected()).equals(Labels.setOf(record.predicted()));
        }
        if (Labels.isScalar(record.expected()) && Labels.isScalar(record.predicted())) {
            return Labels.of(record.expected()).equals(Labels.of(record.predicted()));
        }
        return Objects.equals(record.expected(), record.predicted());
    }

    /**
     * Whether a case passes every bound: a case that is not {@code ok}, or lacks a bounded value,
     * does not pass (the case node fails for it too).
     */
    public static boolean passes(CaseRecord record, List<BenchmarkSpec.ThresholdSpec> thresholds) {
        if (!record.ok()) {
            return false;
        }
        for (BenchmarkSpec.ThresholdSpec t : thresholds) {
            Double value = valueOf(t.metric(), record);
            if (value == null || (t.min() != null && value < t.min()) || (t.max() != null && value > t.max())) {
                return false;
            }
        }
        return true;
    }
}
