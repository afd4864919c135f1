package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code RoundsResult} is used to report how stable a model is when each case runs several times
 * ({@code @BenchmarkTest(rounds = k)}, k &gt; 1): the {@code rounds} object of a model in
 * {@code summary.json}.
 *
 * <pre>{@code
 * "rounds": {"k": 3, "cases": 50, "cases_compared": 49, "agreement": 0.92, "fleiss_kappa": 0.88,
 *            "pass_criterion": "correct", "pass_at_k": 0.9, "pass_hat_k": 0.7,
 *            "metrics": {"accuracy": {"per_round": [0.8, 0.78, 0.82], "mean": 0.8, "std_error": 0.0115}}}
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"k", "cases", "cases_compared", "agreement", "fleiss_kappa", "pass_criterion", "pass_at_k",
        "pass_hat_k", "metrics"})
@API(status = INTERNAL, since = "0.1")
public final class RoundsResult {

    /** Rounds per case. */
    @JsonProperty("k")
    public int k;

    /** Cases with a record in every round. */
    @JsonProperty("cases")
    public int cases;

    /** Cases whose every round is {@code ok}: the cases agreement and kappa are computed over. */
    @JsonProperty("cases_compared")
    public int casesCompared;

    /** Share of compared cases whose prediction is the same in every round. */
    @JsonProperty("agreement")
    public Double agreement;

    /**
     * Fleiss' kappa of the rounds as raters (classification; for multilabel each label set is one
     * category); null where undefined, e.g. every prediction the same.
     */
    @JsonProperty("fleiss_kappa")
    public Double fleissKappa;

    /** What a case must meet in a round to pass: its {@code @CaseThreshold}s, or {@code correct}. */
    @JsonProperty("pass_criterion")
    public String passCriterion;

    /** pass@k: share of cases that pass in at least one of the k rounds. */
    @JsonProperty("pass_at_k")
    public Double passAtK;

    /** pass^k: share of cases that pass in all k rounds. */
    @JsonProperty("pass_hat_k")
    public Double passHatK;

    /** Each metric computed round by round, with the rounds' mean and its standard error. */
    @JsonProperty("metrics")
    public Map<String, Spread> metrics = new LinkedHashMap<>();

    /**
     * One metric across rounds.
     *
     * @param perRound the metric in each round (null where undefined)
     * @param mean the mean over the rounds where it is defined
     * @param stdError the standard error of that mean: the rounds' sample standard deviation / sqrt(k)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"per_round", "mean", "std_error"})
    public record Spread(@JsonProperty("per_round") List<Double> perRound, @JsonProperty("mean") Double mean,
                         @JsonProperty("std_error") Double stdError) {

        /** {@code 0.8 ± 0.0115}. */
        public String display() {
            return Fmt.num(mean) + " \u00b1 " + Fmt.num(stdError);
        }
    }
}
