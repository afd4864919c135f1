package dev.assay.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code CaseRecord} is one line of the run journal: what one model did on one case in one round
 * (the contract in DESIGN.md and {@code case-record.schema.json}). Every report is rebuilt from
 * these records alone.
 *
 * @param run the run's id
 * @param benchmark the benchmark's name
 * @param model the model's name
 * @param caseId the case's id
 * @param round the round, from 0
 * @param task the task's wire name ({@code regression})
 * @param status {@code ok}, {@code error}, {@code timeout}, {@code unparseable} or {@code skipped}
 * @param expected the expected value
 * @param predicted the prediction; never null when the status is {@code ok}
 * @param probabilities label probabilities, or null
 * @param latencyMs the measured latency, or null when the call never ran
 * @param ttftMs time to first token, or null
 * @param tokensIn prompt tokens, or null
 * @param tokensOut completion tokens, or null
 * @param attempts calls made (retries included), or null
 * @param error why the case is not {@code ok}, or null
 * @param tags the case's tags
 * @param scores per-case scores
 * @param shard the shard that ran the case ({@code 2/4}, from {@code assay.shard}); absent in an unsharded run
 * @param startedAtMs when the call that served the case started, epoch milliseconds; absent when it never ran
 * @param finishedAtMs when that call ended, epoch milliseconds (a batch's cases share their call's span)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"run", "benchmark", "model", "case", "round", "task", "status", "expected", "predicted",
        "probabilities", "latency_ms", "ttft_ms", "tokens_in", "tokens_out", "attempts", "error", "tags", "scores",
        "shard", "started_at_ms", "finished_at_ms"})
@API(status = EXPERIMENTAL, since = "0.1")
public record CaseRecord(
        @JsonProperty("run") String run,
        @JsonProperty("benchmark") String benchmark,
        @JsonProperty("model") String model,
        @JsonProperty("case") String caseId,
        @JsonProperty("round") int round,
        @JsonProperty("task") String task,
        @JsonProperty("status") String status,
        @JsonProperty("expected") Object expected,
        @JsonProperty("predicted") Object predicted,
        @JsonProperty("probabilities") Map<String, Double> probabilities,
        @JsonProperty("latency_ms") Double latencyMs,
        @JsonProperty("ttft_ms") Double ttftMs,
        @JsonProperty("tokens_in") Integer tokensIn,
        @JsonProperty("tokens_out") Integer tokensOut,
        @JsonProperty("attempts") Integer attempts,
        @JsonProperty("error") String error,
        @JsonProperty("tags") Map<String, String> tags,
        @JsonProperty("scores") Map<String, Double> scores,
        @JsonProperty("shard") @JsonInclude(JsonInclude.Include.NON_NULL) String shard,
        @JsonProperty("started_at_ms") @JsonInclude(JsonInclude.Include.NON_NULL) Long startedAtMs,
        @JsonProperty("finished_at_ms") @JsonInclude(JsonInclude.Include.NON_NULL) Long finishedAtMs) {

    /** A record without the wall-clock span of its call (stored baselines, rebuilt or older records). */
    public CaseRecord(String run, String benchmark, String model, String caseId, int round, String task, String status,
                      Object expected, Object predicted, Map<String, Double> probabilities, Double latencyMs, Double ttftMs,
                      Integer tokensIn, Integer tokensOut, Integer attempts, String error, Map<String, String> tags,
                      Map<String, Double> scores, String shard) {
        this(run, benchmark, model, caseId, round, task, status, expected, predicted, probabilities, latencyMs, ttftMs,
                tokensIn, tokensOut, attempts, error, tags, scores, shard, null, null);
    }

    /** A record of an unsharded run. */
    public CaseRecord(String run, String benchmark, String model, String caseId, int round, String task, String status,
                      Object expected, Object predicted, Map<String, Double> probabilities, Double latencyMs, Double ttftMs,
                      Integer tokensIn, Integer tokensOut, Integer attempts, String error, Map<String, String> tags,
                      Map<String, Double> scores) {
        this(run, benchmark, model, caseId, round, task, status, expected, predicted, probabilities, latencyMs, ttftMs,
                tokensIn, tokensOut, attempts, error, tags, scores, null, null, null);
    }

    /** Status of a case whose model produced a usable prediction. */
    public static final String OK = "ok";
    /** Status of a case whose call threw. */
    public static final String ERROR = "error";
    /** Status of a case whose call ran out of time. */
    public static final String TIMEOUT = "timeout";
    /** Status of a case whose output could not be parsed into a prediction. */
    public static final String UNPARSEABLE = "unparseable";
    /** Status of a case that was not run (aborted: a missing GPU or API key). */
    public static final String SKIPPED = "skipped";

    /** Whether the case counts towards quality metrics. */
    public boolean ok() {
        return OK.equals(status);
    }
}
