package dev.assay.metrics;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * {@code Labels} is used to order class labels the way scikit-learn does, so per-class output,
 * the default positive label and every label index agree with the reference implementation.
 *
 * <p>Labels arrive as strings. When every label is a plain decimal number ({@code "9"},
 * {@code "10"}, {@code "-0.5"}, {@code "1e3"}) they are ordered by numeric value, as scikit-learn
 * orders the numbers they came from ({@code "9"} before {@code "10"}); otherwise by
 * {@link String#compareTo} ({@code "neg"} before {@code "pos"}).
 *
 * <pre>{@code
 * Labels.sorted(List.of("10", "9", "1"));   // [1, 9, 10]
 * Labels.sorted(List.of("pos", "neg"));     // [neg, pos]
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class Labels {

    /**
     * The label (or id) a scalar JSON value stands for, so that {@code 1}, {@code 1.0} and {@code "1"}
     * are the same label: integral numbers lose their {@code .0}.
     */
    public static String of(Object value) {
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return Double.toString(d);
        }
        return String.valueOf(value);
    }

    // Deliberately narrower than Double.parseDouble: "NaN", "Infinity", "0x1p3" or "1d" are names, not numbers.
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private static final Comparator<String> NUMERIC =
            Comparator.<String>comparingDouble(Double::parseDouble).thenComparing(Comparator.naturalOrder());

    private Labels() {
    }

    /**
     * The distinct labels in scikit-learn order: numeric order when every label parses as a
     * number, else {@link String} order.
     *
     * @param labels labels in any order, repeats allowed, no {@code null}
     * @return a new list of the distinct labels, sorted
     */
    public static List<String> sorted(Collection<String> labels) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(labels));
        boolean numeric = !distinct.isEmpty() && distinct.stream().allMatch(l -> NUMBER.matcher(l).matches());
        distinct.sort(numeric ? NUMERIC : Comparator.naturalOrder());
        return distinct;
    }

    /** Each label's position in {@code sortedLabels}. */
    static Map<String, Integer> index(List<String> sortedLabels) {
        Map<String, Integer> index = new HashMap<>(sortedLabels.size() * 2);
        for (int i = 0; i < sortedLabels.size(); i++) {
            index.put(sortedLabels.get(i), i);
        }
        return index;
    }

    /** Codes per row, so hot loops compare ints instead of strings. */
    static int[] encode(String[] values, Map<String, Integer> index, String what) {
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new IllegalArgumentException(what + " label of row [" + i + "] is null");
            }
            codes[i] = index.get(values[i]);
        }
        return codes;
    }
}
