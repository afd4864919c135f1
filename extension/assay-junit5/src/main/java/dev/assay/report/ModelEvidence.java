package dev.assay.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code ModelEvidence} is what a model's summary node hands the reporters.
 *
 * @param nodeId the summary node's JUnit unique id
 * @param benchmark the benchmark's name
 * @param spec how the benchmark was declared (task, thresholds, labels)
 * @param result the model's metrics, intervals and threshold verdicts
 * @param records the model's case records, in journal order
 * @param confidence the confidence level of the intervals (0.95)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ModelEvidence(String nodeId, String benchmark, BenchmarkSpec spec, Summary.ModelResult result,
                            List<CaseRecord> records, double confidence) {
}
