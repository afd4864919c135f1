package dev.assay.metrics;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * {@code FamilyMember} is used to hand out one metric of a {@link MetricFamily} as a
 * {@link SampleMetric}, while letting a caller that estimates many metrics recognise members of
 * the same family and compute them together.
 *
 * <pre>{@code
 * SampleMetric f1OfCat = new FamilyMember(perLabel, 2);
 * f1OfCat.compute(rows); // perLabel.compute(rows, 2)
 * }</pre>
 *
 * @param family the family that computes the value
 * @param index the member's position in the family, {@code 0 <= index < family.size()}
 */
@API(status = INTERNAL, since = "0.1")
public record FamilyMember(MetricFamily family, int index) implements SampleMetric {

    @Override
    public double compute(int[] rows) {
        return family.compute(rows, index);
    }
}
