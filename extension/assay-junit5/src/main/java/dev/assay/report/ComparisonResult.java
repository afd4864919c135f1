package dev.assay.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.apiguardian.api.API;

/**
 * {@code ComparisonResult} is one metric of one comparison between two models (the contract's
 * {@code comparisons[]} entry), over the cases both models ran successfully.
 *
 * @param baseline the baseline model
 * @param candidate the candidate model
 * @param metric the metric compared
 * @param baselineValue the baseline's value over the paired cases
 * @param candidateValue the candidate's value over the paired cases
 * @param delta candidate − baseline
 * @param ciLow lower end of the paired bootstrap interval of {@code delta}
 * @param ciHigh upper end of that interval
 * @param test the test behind the p-value: {@code mcnemar_exact}, {@code wilcoxon}, {@code paired_t},
 *     {@code paired_bootstrap}
 * @param pValue the test's two-sided p-value
 * @param pAdjusted the Holm-adjusted p-value across every metric and comparison of the benchmark
 * @param effectSize the test's effect size: the discordant odds ratio (McNemar), Cohen's d_z (paired t),
 *     the matched-pairs rank-biserial correlation (Wilcoxon); null for the bootstrap
 * @param verdict {@code better}, {@code worse} or {@code no_difference}, in the metric's better direction
 * @param nPairs case × round pairs compared (both ok)
 * @param nExcluded pairs left out because one model or both did not produce an ok case
 * @param discordantBaseline McNemar's b: pairs only the baseline got right (accuracy only)
 * @param discordantCandidate McNemar's c: pairs only the candidate got right (accuracy only)
 * @param mde the smallest |delta| this run could detect with 80% power at the configured alpha
 * @param cannotTell true when the run is too small to support the claim either way
 * @param note a sentence for people: what was found, or why the run cannot tell
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"baseline", "candidate", "metric", "baseline_value", "candidate_value", "delta", "ci_low",
        "ci_high", "test", "p_value", "p_adjusted", "effect_size", "verdict", "n_pairs", "n_excluded",
        "discordant_baseline", "discordant_candidate", "mde", "cannot_tell", "note"})
@API(status = EXPERIMENTAL, since = "0.1")
public record ComparisonResult(
        @JsonProperty("baseline") String baseline,
        @JsonProperty("candidate") String candidate,
        @JsonProperty("metric") String metric,
        @JsonProperty("baseline_value") Double baselineValue,
        @JsonProperty("candidate_value") Double candidateValue,
        @JsonProperty("delta") Double delta,
        @JsonProperty("ci_low") Double ciLow,
        @JsonProperty("ci_high") Double ciHigh,
        @JsonProperty("test") String test,
        @JsonProperty("p_value") Double pValue,
        @JsonProperty("p_adjusted") Double pAdjusted,
        @JsonProperty("effect_size") Double effectSize,
        @JsonProperty("verdict") String verdict,
        @JsonProperty("n_pairs") int nPairs,
        @JsonProperty("n_excluded") int nExcluded,
        @JsonProperty("discordant_baseline") Integer discordantBaseline,
        @JsonProperty("discordant_candidate") Integer discordantCandidate,
        @JsonProperty("mde") Double mde,
        @JsonProperty("cannot_tell") boolean cannotTell,
        @JsonProperty("note") String note) {
}
