package dev.assay.metrics.extraction;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.assay.logging.QuietLogging;
import java.io.IOException;
import dev.assay.metrics.SampleMetric;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * {@code ExtractionMetrics} is used to score structured (JSON) output per case; the run's
 * {@code json_valid_rate}, {@code schema_valid_rate} and {@code field_accuracy} are the means of these.
 * Schemas are checked by networknt's json-schema-validator (draft 2020-12), not by hand.
 *
 * <pre>{@code
 * JsonSchema schema = ExtractionMetrics.schema(Files.readString(Path.of("fixtures/schemas/ticket.json")));
 * out.score("schema_valid", ExtractionMetrics.schemaErrors(reply, schema).isEmpty() ? 1 : 0);
 * out.score("field_accuracy", ExtractionMetrics.fieldAccuracy(c.expected(), reply));
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class ExtractionMetrics {

    static {
        // json-schema-validator logs through SLF4J: keep its no-provider warning out of users' builds.
        QuietLogging.apply();
    }

    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ExtractionMetrics() {
    }

    /** The text parsed as one JSON value, or empty when it is not exactly one. */
    public static Optional<JsonNode> parse(String text) {
        try {
            JsonNode n = STRICT.readTree(text);
            return n == null || n.isMissingNode() ? Optional.empty() : Optional.of(n);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** 1 when the text is one JSON value, else 0. */
    public static double jsonValid(String text) {
        return parse(text).isPresent() ? 1 : 0;
    }

    /** A draft 2020-12 schema from its text. */
    public static JsonSchema schema(String schemaJson) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson);
    }

    /** The schema violations of the text; a text that is not JSON has the one violation saying so. */
    public static List<String> schemaErrors(String text, JsonSchema schema) {
        Optional<JsonNode> node = parse(text);
        if (node.isEmpty()) {
            return List.of("not valid JSON");
        }
        Set<ValidationMessage> errors = schema.validate(node.get());
        return errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList());
    }

    /**
     * The share of the expected value's leaf fields that the predicted JSON has with an equal value
     * (numbers compared by value, {@code 1} equals {@code 1.0}); 0 when the prediction is not JSON.
     *
     * @param expected a JSON text, a {@link JsonNode}, or a dataset value ({@code Map}, {@code List}, ...)
     */
    public static double fieldAccuracy(Object expected, String predicted) {
        JsonNode exp = expected instanceof JsonNode j ? j
                : expected instanceof String s ? parse(s).orElseThrow(() -> new IllegalArgumentException("expected value is not JSON: " + s))
                : STRICT.valueToTree(expected);
        Optional<JsonNode> pred = parse(predicted);
        int[] counts = new int[2];
        compare(exp, pred.orElse(null), counts);
        return counts[1] == 0 ? (pred.isPresent() ? 1 : 0) : (double) counts[0] / counts[1];
    }

    /**
     * The extraction metrics over parallel lists, as {@link SampleMetric}s: {@code json_valid_rate},
     * {@code schema_valid_rate} (only when a schema is given) and {@code field_accuracy}, each the
     * mean of the per-case score over the sampled rows.
     *
     * @param expected the expected JSON values (dataset values, JSON text or {@link JsonNode}s)
     * @param predicted the predictions: JSON text as the model wrote it, or an already structured value
     * @param schema the schema every prediction should satisfy, or null
     */
    public static Map<String, SampleMetric> bind(List<?> expected, List<?> predicted, JsonSchema schema) {
        int n = predicted.size();
        double[] valid = new double[n];
        double[] schemaValid = new double[n];
        double[] fields = new double[n];
        for (int i = 0; i < n; i++) {
            String text = asJsonText(predicted.get(i));
            valid[i] = jsonValid(text);
            schemaValid[i] = schema != null && schemaErrors(text, schema).isEmpty() ? 1 : 0;
            fields[i] = expected.get(i) == null ? Double.NaN : fieldAccuracy(expected.get(i), text);
        }
        Map<String, SampleMetric> m = new LinkedHashMap<>();
        m.put("json_valid_rate", rows -> mean(valid, rows));
        if (schema != null) {
            m.put("schema_valid_rate", rows -> mean(schemaValid, rows));
        }
        m.put("field_accuracy", rows -> mean(fields, rows));
        return m;
    }

    /** A prediction as JSON text: text is taken as the model wrote it, anything else is serialised. */
    public static String asJsonText(Object predicted) {
        if (predicted instanceof String s) {
            return s;
        }
        try {
            return STRICT.writeValueAsString(predicted);
        } catch (IOException e) {
            return String.valueOf(predicted);
        }
    }

    private static double mean(double[] perRow, int[] rows) {
        if (rows.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int row : rows) {
            sum += perRow[row];
        }
        return sum / rows.length;
    }

    private static void compare(JsonNode expected, JsonNode actual, int[] counts) {
        if (expected.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = expected.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                compare(e.getValue(), actual == null ? null : actual.get(e.getKey()), counts);
            }
        } else if (expected.isArray() && expected.size() > 0 && (expected.get(0).isContainerNode())) {
            for (int i = 0; i < expected.size(); i++) {
                compare(expected.get(i), actual == null ? null : actual.get(i), counts);
            }
        } else {
            counts[1]++;
            if (actual != null && equal(expected, actual)) {
                counts[0]++;
            }
        }
    }

    private static boolean equal(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}
