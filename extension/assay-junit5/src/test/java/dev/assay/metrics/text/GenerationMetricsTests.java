package dev.assay.metrics.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.metrics.SampleMetric;
import dev.assay.metrics.extraction.ExtractionMetrics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bound generation and extraction metrics: over all rows they equal the corpus functions (checked
 * against sacreBLEU's vectors in {@link TextMetricsReferenceTests}), and a resample with repeated
 * rows is the corpus metric of the repeated sentences.
 */
class GenerationMetricsTests {

    static final List<String> HYPS = List.of("The dog bit the man.", "It wasn't surprising.", "The man had just bitten him.");
    static final List<String> REFS = List.of("The dog bit the man.", "It was not unexpected.", "The man bit him first.");

    @Test
    void allRowsEqualTheCorpusFunctions() {
        Map<String, SampleMetric> m = GenerationMetrics.bind(HYPS, REFS);
        int[] all = {0, 1, 2};
        assertThat(m.get("bleu").compute(all)).isCloseTo(Bleu.corpus(HYPS, List.of(REFS)), within(1e-9));
        assertThat(m.get("chrf").compute(all)).isCloseTo(Chrf.corpus(HYPS, List.of(REFS)), within(1e-9));
        assertThat(m.get("wer").compute(all)).isCloseTo(TextMetrics.wer(HYPS, REFS), within(1e-12));
        assertThat(m.get("cer").compute(all)).isCloseTo(TextMetrics.cer(HYPS, REFS), within(1e-12));
        assertThat(m.get("exact_match").compute(all)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m.keySet()).containsExactly("exact_match", "bleu", "chrf", "rouge_l", "wer", "cer", "token_f1",
                "jaccard");
    }

    @Test
    void aResampleIsTheCorpusOfItsRows() {
        Map<String, SampleMetric> m = GenerationMetrics.bind(HYPS, REFS);
        List<String> h = List.of(HYPS.get(2), HYPS.get(2), HYPS.get(1));
        List<String> r = List.of(REFS.get(2), REFS.get(2), REFS.get(1));
        assertThat(m.get("bleu").compute(new int[] {2, 2, 1})).isCloseTo(Bleu.corpus(h, List.of(r)), within(1e-9));
        assertThat(m.get("wer").compute(new int[] {2, 2, 1})).isCloseTo(TextMetrics.wer(h, r), within(1e-12));
        assertThat(m.get("bleu").compute(new int[0])).isNaN();
    }

    @Test
    void extractionRatesAreMeansOfPerCaseScores() {
        var schema = ExtractionMetrics.schema("{\"type\":\"object\",\"required\":[\"intent\"],"
                + "\"properties\":{\"intent\":{\"type\":\"string\"}}}");
        List<Object> expected = List.of(Map.of("intent", "refund"), Map.of("intent", "cancel"), Map.of("intent", "ship"));
        List<Object> predicted = List.of("{\"intent\":\"refund\"}", Map.of("intent", "stop"), "{\"intent\": ");
        Map<String, SampleMetric> m = ExtractionMetrics.bind(expected, predicted, schema);
        int[] all = {0, 1, 2};
        assertThat(m.get("json_valid_rate").compute(all)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.get("schema_valid_rate").compute(all)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.get("field_accuracy").compute(all)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(ExtractionMetrics.bind(expected, predicted, null)).doesNotContainKey("schema_valid_rate");
    }
}
