package dev.assay.junit;

import dev.assay.api.BenchmarkCase;
import dev.assay.data.DatasetCase;
import dev.assay.report.Labels;
import java.util.List;
import java.util.Map;

/**
 * {@code RoundCase} is the {@link BenchmarkCase} a method sees: a dataset case in one round, its
 * expected value already read the way the model's task needs it.
 */
final class RoundCase implements BenchmarkCase {

    private final DatasetCase source;
    private final Object expected;
    private final int round;

    RoundCase(DatasetCase source, Object expected, int round) {
        this.source = source;
        this.expected = expected;
        this.round = round;
    }

    DatasetCase source() {
        return source;
    }

    @Override
    public String id() {
        return source.id();
    }

    @Override
    public int round() {
        return round;
    }

    @Override
    public Object expected() {
        return expected;
    }

    @Override
    public String expectedText() {
        return expected instanceof String s ? s : Labels.of(expected);
    }

    @Override
    public double expectedNumber() {
        return toNumber("the expected value", expected);
    }

    @Override
    public List<String> expectedLabels() {
        // A ranking case's graded judgements: the judged ids.
        if (expected instanceof Map<?, ?> graded) {
            return graded.keySet().stream().map(Labels::of).toList();
        }
        return List.copyOf(Labels.setOf(expected));
    }

    @Override
    public Map<String, Object> inputs() {
        return source.inputs();
    }

    @Override
    public Object input(String name) {
        Object value = source.inputs().get(name);
        if (value == null && !source.inputs().containsKey(name)) {
            throw new IllegalArgumentException("case [" + id() + "] at [" + location() + "] has no input [" + name
                    + "]; its inputs are " + source.inputs().keySet());
        }
        return value;
    }

    @Override
    public String text(String name) {
        Object value = input(name);
        return value instanceof String s ? s : String.valueOf(value);
    }

    @Override
    public double number(String name) {
        return toNumber("input [" + name + "]", input(name));
    }

    @Override
    public double[] numbers(String... names) {
        double[] values = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = number(names[i]);
        }
        return values;
    }

    @Override
    public Map<String, String> tags() {
        return source.tags();
    }

    @Override
    public String location() {
        return source.location();
    }

    private double toNumber(String what, Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        throw new IllegalArgumentException(what + " of case [" + id() + "] at [" + location() + "] is [" + value
                + "], not a number");
    }

    @Override
    public String toString() {
        return id();
    }
}
