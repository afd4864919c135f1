package dev.assay.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code ComparisonEvidence} is what a comparison node ({@code @Compare}) hands the reporters.
 *
 * @param nodeId the comparison node's JUnit unique id
 * @param benchmark the benchmark's name
 * @param baseline the baseline model
 * @param candidate the candidate model
 * @param rows one paired comparison per metric
 * @param baselineResult the baseline's metrics, or null when it has none
 * @param candidateResult the candidate's metrics, or null when it has none
 * @param confidence the confidence level of the intervals (0.95)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ComparisonEvidence(String nodeId, String benchmark, String baseline, String candidate,
                                 List<ComparisonResult> rows, Summary.ModelResult baselineResult,
                                 Summary.ModelResult candidateResult, double confidence) {
}
