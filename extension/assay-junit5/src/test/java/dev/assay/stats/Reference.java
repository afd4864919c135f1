package dev.assay.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.testing.RepoPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The scipy / statsmodels values written by {@code fixtures/reference/stats/make_reference.py}. */
final class Reference {

    private static final JsonNode ROOT = load();

    private Reference() {
    }

    static List<JsonNode> cases(String section) {
        List<JsonNode> cases = new ArrayList<>();
        ROOT.get(section).forEach(cases::add);
        return cases;
    }

    /** A number the script wrote; NaN and infinities are written as strings. */
    static double number(JsonNode node) {
        return node.isTextual() ? Double.parseDouble(node.asText().replace("nan", "NaN").replace("inf", "Infinity")) : node.asDouble();
    }

    static double[] numbers(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(array.get(i));
        }
        return values;
    }

    private static JsonNode load() {
        try {
            return new ObjectMapper().readTree(
                    RepoPaths.root().resolve("fixtures/reference/stats/reference.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
