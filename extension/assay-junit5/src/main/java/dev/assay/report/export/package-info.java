/**
 * The run's files for people and spreadsheets, written beside {@code journal.jsonl} and
 * {@code summary.json}: {@code cases.csv}, {@code summary.csv}, {@code summary.md} and
 * {@code summary.xlsx} ({@link dev.assay.report.export.RunExports}).
 */
package dev.assay.report.export;
