package dev.assay.metrics;
/** A metric over a sample of cases given as row indices into bound data; rows may repeat (bootstrap resamples). */
@FunctionalInterface public interface SampleMetric { double compute(int[] rows); }
