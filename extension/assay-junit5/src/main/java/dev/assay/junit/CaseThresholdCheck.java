package dev.assay.junit;

import dev.assay.api.CaseThreshold;
import dev.assay.report.CaseRecord;
import dev.assay.report.CaseValues;
import dev.assay.report.Fmt;
import java.util.ArrayList;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * {@code CaseThresholdCheck} fails a case node whose value breaks a {@link CaseThreshold
 * @CaseThreshold} of its class or method, after the case is recorded.
 */
final class CaseThresholdCheck {

    private CaseThresholdCheck() {
    }

    /** Throws when {@code record} breaks one of {@code thresholds}, the class's and the method's. */
    static void check(List<CaseThreshold> thresholds, CaseRecord record) {
        if (thresholds.isEmpty()) {
            return;
        }
        List<String> failures = new ArrayList<>();
        for (CaseThreshold t : thresholds) {
            if (!record.ok()) {
                failures.add(t.metric() + " cannot be checked: the case's status is " + record.status() + " ("
                        + record.error() + ")");
                continue;
            }
            Double value = CaseValues.valueOf(t.metric(), record);
            if (value == null) {
                failures.add(t.metric() + " was not recorded for this case; record it with out.score(\"" + t.metric()
                        + "\", value)");
            } else if (!Double.isNaN(t.min()) && value < t.min()) {
                failures.add(t.metric() + " " + Fmt.num(value) + " is below the minimum " + Fmt.num(t.min()));
            } else if (!Double.isNaN(t.max()) && value > t.max()) {
                failures.add(t.metric() + " " + Fmt.num(value) + " is above the maximum " + Fmt.num(t.max()));
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionFailedError("case [" + record.caseId() + "] of model [" + record.model() + "]: "
                    + String.join("; ", failures) + " (expected " + record.expected() + ", predicted "
                    + record.predicted() + ")");
        }
    }
}
