package dev.assay.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.testing.RepoPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.data.Offset;

/** Reads {@code fixtures/reference/metrics/reference.json} (made by make_reference.py next to it). */
final class ReferenceFixture {

    static final double TOLERANCE = 1e-9;

    private static final JsonNode ROOT = read();

    private ReferenceFixture() {
    }

    static Offset<Double> within() {
        return Assertions.within(TOLERANCE);
    }

    static List<JsonNode> cases(String group) {
        List<JsonNode> cases = new ArrayList<>();
        ROOT.get(group).forEach(cases::add);
        assertThat(cases).as("reference cases of [%s]", group).isNotEmpty();
        return cases;
    }

    static int[] rows(JsonNode testCase) {
        return ints(testCase.get("rows"));
    }

    static int[] identity(int n) {
        return IntStream.range(0, n).toArray();
    }

    static int[] ints(JsonNode array) {
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).intValue();
        }
        return values;
    }

    static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).doubleValue();
        }
        return values;
    }

    static String[] strings(JsonNode array) {
        String[] values = new String[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asText();
        }
        return values;
    }

    /**
     * Asserts that {@code metrics} has exactly the reference's metric names, in any order, and
     * that each agrees to {@link #TOLERANCE} on {@code rows} (null in the reference means NaN).
     */
    static void assertAgrees(String name, Map<String, SampleMetric> metrics, JsonNode reference, int[] rows) {
        List<String> names = new ArrayList<>();
        reference.fieldNames().forEachRemaining(names::add);
        assertThat(metrics.keySet()).as("metric names of [%s]", name).containsExactlyInAnyOrderElementsOf(names);
        SoftAssertions softly = new SoftAssertions();
        for (String metric : names) {
            JsonNode expected = reference.get(metric);
            double actual = metrics.get(metric).compute(rows);
            if (expected.isNull()) {
                softly.assertThat(actual).as("[%s] %s", name, metric).isNaN();
            } else {
                softly.assertThat(actual).as("[%s] %s", name, metric).isCloseTo(expected.doubleValue(), within());
            }
        }
        softly.assertAll();
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(RepoPaths.fixture("fixtures/reference/metrics/reference.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the metric reference values; regenerate them with "
                    + "/usr/bin/python3 fixtures/reference/metrics/make_reference.py", e);
        }
    }
}
