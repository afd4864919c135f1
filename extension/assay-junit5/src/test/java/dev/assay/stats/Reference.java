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

    private static final JsonNode ROOT = load("reference.json");
    private static final JsonNode VERDICTS = load("verdicts.json");
    private static final JsonNode PROFILE = load("profile.json");

    private Reference() {
    }

    static List<JsonNode> cases(String section) {
        List<JsonNode> cases = new ArrayList<>();
        ROOT.get(section).forEach(cases::add);
        return cases;
    }

    /** A section of {@code verdicts.json} ({@code make_verdict_reference.py}). */
    static List<JsonNode> verdictCases(String section) {
        List<JsonNode> cases = new ArrayList<>();
        VERDICTS.get(section).forEach(cases::add);
        return cases;
    }

    /** The cases of {@code profile.json} ({@code make_profile_reference.py}). */
    static List<JsonNode> profileCases() {
        List<JsonNode> cases = new ArrayList<>();
        PROFILE.get("profile").forEach(cases::add);
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

    private static JsonNode load(String file) {
        try {
            return new ObjectMapper().readTree(
                    RepoPaths.root().resolve("fixtures/reference/stats/" + file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
