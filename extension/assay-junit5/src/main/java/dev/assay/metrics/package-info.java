/**
 * Quality metrics, numerically identical to scikit-learn and scipy.
 *
 * <p>A metric set is bound once to a benchmark's arrays ({@link ClassificationMetrics},
 * {@link MultilabelMetrics}, {@link RegressionMetrics}) and then evaluated on any sample of its
 * rows through {@link SampleMetric}: the whole data, or a bootstrap resample with repeats. Binding
 * does the expensive work once (label codes, sorted orders, per-row losses), so evaluating a
 * sample of a million rows stays linear or {@code n log n} and allocation-light.
 * {@link ValueGroups} does the sorting part of that once per column, for ranks here and for
 * latency percentiles in {@code dev.assay.report}.
 *
 * <p>{@link MetricCatalog} names every metric of the contract in {@code DESIGN.md}, with its
 * direction and suggestions for misspelt names.
 */
package dev.assay.metrics;
