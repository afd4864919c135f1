/**
 * Metric history across runs: each run appends its models' results to a folder kept between runs
 * ({@code assay.history.dir}), so trends can be shown ({@link dev.assay.report.history.MetricHistory}).
 */
package dev.assay.report.history;
