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
 * @param pAdjusted the p-value adjusted by {@code correction} across every metric and comparison of the benchmark
 * @param effectSize the effect size named by {@code effectSizeKind}
 * @param verdict {@code better} or {@code worse} (corrected p below alpha, in the metric's better direction),
 *     {@code no_difference} (the interval lies inside the declared ±tolerance), else {@code cannot_tell}
 * @param nPairs case × round pairs compared (both ok)
 * @param nExcluded pairs left out because one model or both did not produce an ok case
 * @param discordantBaseline McNemar's b: pairs only the baseline got right (accuracy only)
 * @param discordantCandidate McNemar's c: pairs only the candidate got right (accuracy only)
 * @param mde the smallest |delta| this run could detect with 80% power at the configured alpha
 * @param cannotTell true when the verdict is {@code cannot_tell}
 * @param note a sentence for people: what was found, or why the run cannot tell
 * @param effectSizeKind what {@code effectSize} is: {@code cohens_dz} (paired t), {@code rank_biserial}
 *     (Wilcoxon), {@code discordant_odds_ratio} (McNemar), {@code relative_difference} or, where the
 *     baseline is 0, {@code difference} (bootstrap-tested metrics)
 * @param effectSizeCiLow the lower end of the effect size's interval (exact, for the odds ratio), or null
 * @param effectSizeCiHigh its upper end, or null (none, or unbounded)
 * @param correction the multiplicity correction behind {@code pAdjusted}: {@code holm}, {@code bonferroni}
 *     or {@code none}
 * @param intervalAdjusted whether {@code ciLow}–{@code ciHigh} is adjusted for multiplicity (it is not)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"baseline", "candidate", "metric", "baseline_value", "candidate_value", "delta", "ci_low",
        "ci_high", "test", "p_value", "p_adjusted", "effect_size", "verdict", "n_pairs", "n_excluded",
        "discordant_baseline", "discordant_candidate", "mde", "cannot_tell", "note", "effect_size_kind",
        "effect_size_ci_low", "effect_size_ci_high", "correction", "interval_adjusted"})
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
        @JsonProperty("note") String note,
        @JsonProperty("effect_size_kind") String effectSizeKind,
        @JsonProperty("effect_size_ci_low") Double effectSizeCiLow,
        @JsonProperty("effect_size_ci_high") Double effectSizeCiHigh,
        @JsonProperty("correction") String correction,
        @JsonProperty("interval_adjusted") boolean intervalAdjusted) {
}
