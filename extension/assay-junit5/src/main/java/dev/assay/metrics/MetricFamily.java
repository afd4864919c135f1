package dev.assay.metrics;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * {@code MetricFamily} is used to compute several metrics from one pass over a sample: the
 * per-label metrics of a classifier all come from the sample's per-class counts, so counting once
 * and reading every label's values off the counts costs O(rows + labels) where evaluating each
 * metric on its own costs O(rows × labels).
 *
 * <p>Each member is also a {@link SampleMetric} of its own ({@link FamilyMember}), so code that
 * needs one metric keeps working; code that needs all of them (a bootstrap) asks the family. Like
 * a {@code SampleMetric}, a family never modifies {@code rows}, keeps no state between calls, is
 * safe to call from several threads, and gives NaN for every member of an empty sample.
 *
 * <pre>{@code
 * if (metric instanceof FamilyMember member) {
 *     double[] values = new double[member.family().size()];
 *     member.family().computeAll(rows, values); // values[member.index()] == metric.compute(rows)
 * }
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public interface MetricFamily {

    /** How many metrics the family computes. */
    int size();

    /**
     * One member over the given rows, equal to {@code values[member]} after
     * {@link #computeAll(int[], double[])}.
     */
    double compute(int[] rows, int member);

    /**
     * Every member over the given rows.
     *
     * @param rows row indices into the bound data; may repeat, never modified
     * @param values receives member {@code i}'s value at index {@code i}; at least {@link #size()} long
     */
    void computeAll(int[] rows, double[] values);
}
