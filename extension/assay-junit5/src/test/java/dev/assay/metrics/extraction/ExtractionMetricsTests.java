package dev.assay.metrics.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON validity, schema compliance through networknt's validator, and field accuracy. */
class ExtractionMetricsTests {

    static final JsonSchema TICKET = ExtractionMetrics.schema("""
            {"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
             "required":["intent","priority"],
             "properties":{"intent":{"type":"string","enum":["refund","delivery","other"]},
                           "priority":{"type":"integer","minimum":1,"maximum":3}}}""");

    @Test
    void jsonValidityIsOneValueExactly() {
        assertThat(ExtractionMetrics.jsonValid("{\"a\":1}")).isEqualTo(1);
        assertThat(ExtractionMetrics.jsonValid("{\"a\":1} trailing")).isEqualTo(0);
        assertThat(ExtractionMetrics.jsonValid("Sure! {\"a\":1}")).isEqualTo(0);
    }

    @Test
    void schemaErrorsComeFromTheValidator() {
        assertThat(ExtractionMetrics.schemaErrors("{\"intent\":\"refund\",\"priority\":2}", TICKET)).isEmpty();
        assertThat(ExtractionMetrics.schemaErrors("{\"intent\":\"cancel\",\"priority\":9}", TICKET)).hasSize(2);
        assertThat(ExtractionMetrics.schemaErrors("nope", TICKET)).containsExactly("not valid JSON");
    }

    @Test
    void fieldAccuracyCountsLeafFields() {
        Map<String, Object> expected = Map.of("intent", "refund", "priority", 2, "customer", Map.of("name", "Ann", "id", 7));
        assertThat(ExtractionMetrics.fieldAccuracy(expected, "{\"intent\":\"refund\",\"priority\":2.0,\"customer\":{\"name\":\"Ann\",\"id\":8}}"))
                .isEqualTo(0.75);
        assertThat(ExtractionMetrics.fieldAccuracy(expected, "not json")).isEqualTo(0);
    }
}
