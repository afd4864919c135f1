package dev.assay.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code BaselineEvidence} is what a {@code @Baseline} node ({@code baseline › MODEL}) hands the
 * reporters, whether it checked the model, stored it, or could not check it.
 *
 * @param nodeId the baseline node's JUnit unique id
 * @param benchmark the benchmark's name
 * @param model the model checked
 * @param file the stored baseline's path as the annotation names it
 * @param rows one row per checked metric; empty when nothing was checked
 * @param problem why nothing was checked (no stored file, no such model in it), or null
 * @param stored true when this run stored the model's baseline ({@code assay.baseline.update=true})
 * @param confidence the confidence level of the intervals (0.95)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BaselineEvidence(String nodeId, String benchmark, String model, String file, List<BaselineResult> rows,
                               String problem, boolean stored, double confidence) {

    /** The model's metrics that regressed. */
    public List<BaselineResult> regressions() {
        return rows.stream().filter(BaselineResult::regressed).toList();
    }
}
