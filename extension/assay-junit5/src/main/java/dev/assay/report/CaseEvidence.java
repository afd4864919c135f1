package dev.assay.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code CaseEvidence} is what one finished case node hands the Allure report: its journal record
 * plus what the journal does not keep (the inputs as read, the prompt and the reply of an LLM call).
 *
 * @param record the case's journal record
 * @param displayName the node's display name ({@code ridge › test_003 (Poor)})
 * @param location where the case came from ({@code fixtures/datasets/x.jsonl:12}), or null
 * @param inputs the case's inputs as read from the dataset
 * @param prompt what was sent to the model, when the method recorded it, else null
 * @param reply what the model answered, verbatim, when the method recorded it, else null
 * @param attachments texts the method attached with {@code Outcome.attach(name, text)} (a judge's reasoning), by name
 * @param index the record's position among the model's records (round × cases + case), from 0
 * @param total how many records the model has in a complete run
 * @param nodeFailed whether the test node failed or broke (an exception or a case threshold)
 * @param nodeId the node's JUnit unique id, to find its Allure result
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CaseEvidence(String nodeId, CaseRecord record, String displayName, String location, Map<String, Object> inputs,
                           String prompt, String reply, Map<String, String> attachments, int index, int total,
                           boolean nodeFailed) {
}
