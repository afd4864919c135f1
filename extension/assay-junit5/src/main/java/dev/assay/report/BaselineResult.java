package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.apiguardian.api.API;

/**
 * {@code BaselineResult} is used to report one metric of one model checked against the stored
 * baseline: an entry of a benchmark's {@code baselines} array in {@code summary.json}.
 *
 * @param model the model
 * @param file the stored baseline's path as the annotation names it
 * @param metric the metric
 * @param storedValue the stored run's value (over the paired cases when cases are stored)
 * @param value this run's value (over the same cases)
 * @param delta value − stored value
 * @param ciLow lower end of the interval: of the paired difference when cases are stored, else of this run's value
 * @param ciHigh upper end of that interval
 * @param intervalOf {@code delta} or {@code value}: what the interval is of
 * @param test the paired test ({@code mcnemar_exact}, {@code wilcoxon}, {@code paired_t},
 *     {@code paired_bootstrap}), or {@code tolerance} when only stored metrics could be compared
 * @param pValue the test's p-value, or null
 * @param pAdjusted the Holm-adjusted p-value over the model's checked metrics, or null
 * @param allowed how much worse the metric may be: {@code max(tolerance, relativeTolerance × |stored|)}
 * @param regressed whether the metric regressed (its node fails)
 * @param note a sentence for people
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"model", "file", "metric", "stored_value", "value", "delta", "ci_low", "ci_high", "interval_of",
        "test", "p_value", "p_adjusted", "allowed", "regressed", "note"})
@API(status = INTERNAL, since = "0.1")
public record BaselineResult(
        @JsonProperty("model") String model,
        @JsonProperty("file") String file,
        @JsonProperty("metric") String metric,
        @JsonProperty("stored_value") Double storedValue,
        @JsonProperty("value") Double value,
        @JsonProperty("delta") Double delta,
        @JsonProperty("ci_low") Double ciLow,
        @JsonProperty("ci_high") Double ciHigh,
        @JsonProperty("interval_of") String intervalOf,
        @JsonProperty("test") String test,
        @JsonProperty("p_value") Double pValue,
        @JsonProperty("p_adjusted") Double pAdjusted,
        @JsonProperty("allowed") double allowed,
        @JsonProperty("regressed") boolean regressed,
        @JsonProperty("note") String note) {
}
