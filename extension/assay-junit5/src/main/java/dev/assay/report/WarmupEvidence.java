package dev.assay.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * {@code WarmupEvidence} is what a finished warmup node hands the reporters.
 *
 * @param nodeId the node's JUnit unique id
 * @param benchmark the benchmark's name
 * @param model the model the warmup called
 * @param displayName the node's display name ({@code ridge › warmup 1/2 (test_003)})
 * @param failed whether the call broke
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WarmupEvidence(String nodeId, String benchmark, String model, String displayName, boolean failed) {
}
