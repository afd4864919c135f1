/**
 * Confidence intervals and paired significance tests for benchmark metrics, numerically equal
 * to scipy 1.10 and statsmodels 0.13 (checked against values they computed, stored in
 * {@code fixtures/reference/stats/}).
 *
 * <ul>
 *   <li>Intervals: {@link dev.assay.stats.Bootstrap} (percentile, BCa, paired difference) for any
 *       {@link dev.assay.metrics.SampleMetric}; {@link dev.assay.stats.Wilson} for proportions.
 *   <li>Paired tests: {@link dev.assay.stats.McNemar} (correct/incorrect),
 *       {@link dev.assay.stats.PairedTTest} and {@link dev.assay.stats.WilcoxonSignedRank}
 *       (per-case scores).
 *   <li>Multiplicity: {@link dev.assay.stats.Holm}. Power: {@link dev.assay.stats.Power}.
 *       Decision: {@link dev.assay.stats.Verdict}.
 * </ul>
 */
package dev.assay.stats;
