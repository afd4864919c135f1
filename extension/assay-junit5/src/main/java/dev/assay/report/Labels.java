package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code Labels} turns the JSON values of {@code expected} and {@code predicted} into the label
 * strings metrics compare, so that {@code 1}, {@code 1.0} and {@code "1"} are the same label.
 */
@API(status = INTERNAL, since = "0.1")
public final class Labels {

    private Labels() {
    }

    /** The label a scalar value stands for; integral numbers lose their {@code .0} ({@link dev.assay.metrics.Labels#of}). */
    public static String of(Object value) {
        return dev.assay.metrics.Labels.of(value);
    }

    /** The labels of a multilabel value: a list, or one label. */
    public static Set<String> setOf(Object value) {
        Set<String> labels = new LinkedHashSet<>();
        if (value instanceof Collection<?> c) {
            for (Object o : c) {
                labels.add(of(o));
            }
        } else if (value != null) {
            labels.add(of(value));
        }
        return labels;
    }

    /** Whether a value can be a classification label: a string, number or boolean. */
    public static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    /** Whether a value is a list of scalar labels. */
    public static boolean isLabelList(Object value) {
        return value instanceof List<?> list && list.stream().allMatch(Labels::isScalar);
    }
}
