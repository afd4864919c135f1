package dev.assay.report.history;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.assay.report.Summary;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code HistoryEntry} is one model's results in one run, as the history keeps them: one JSON line.
 *
 * @param run the run id
 * @param time when the run ended (ISO-8601, UTC)
 * @param benchmark the benchmark
 * @param model the model
 * @param n how many records the model had
 * @param nOk how many of them were ok
 * @param complete whether the run had every case
 * @param metrics every metric with its interval
 * @param thresholds the threshold verdicts of the run
 */
@API(status = INTERNAL, since = "0.1")
public record HistoryEntry(@JsonProperty("run") String run, @JsonProperty("time") String time,
                           @JsonProperty("benchmark") String benchmark, @JsonProperty("model") String model,
                           @JsonProperty("n") int n, @JsonProperty("n_ok") int nOk,
                           @JsonProperty("complete") boolean complete,
                           @JsonProperty("metrics") Map<String, Summary.Estimate> metrics,
                           @JsonProperty("thresholds") List<Summary.ThresholdResult> thresholds) {
}
