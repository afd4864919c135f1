package dev.assay.metrics.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.testing.RepoPaths;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** BLEU, chrF and WER against sacreBLEU's published test vectors (fixtures/reference/text/sacrebleu-vectors.json). */
class TextMetricsReferenceTests {

    static JsonNode v;

    @BeforeAll
    static void load() throws IOException {
        v = new ObjectMapper().readTree(RepoPaths.root().resolve("fixtures/reference/text/sacrebleu-vectors.json").toFile());
    }

    static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    static List<List<String>> streams(JsonNode n) {
        List<List<String>> out = new ArrayList<>();
        n.forEach(s -> out.add(strings(s)));
        return out;
    }

    @Test
    void corpusBleu() {
        for (JsonNode c : v.get("bleu_corpus")) {
            String settings = c.get("settings").asText();
            Bleu bleu = new Bleu(settings.equals("smooth=none") ? Bleu.Smoothing.NONE : Bleu.Smoothing.EXP, 0, false,
                    !settings.equals("tokenize=none"), false);
            assertThat(bleu.score(strings(c.get("hyps")), streams(c.get("refs")))).as(c.toString())
                    .isCloseTo(c.get("expected").asDouble(), within(c.get("tolerance").asDouble()));
        }
        assertThat(Bleu.corpus(strings(v.get("bleu_corpus").get(0).get("hyps")), streams(v.get("bleu_corpus").get(0).get("refs"))))
                .isCloseTo(48.530827, within(1e-6));
    }

    @Test
    void rawCorpusBleuWithFloorSmoothingAndEffectiveOrder() {
        Bleu raw = new Bleu(Bleu.Smoothing.FLOOR, 0.01, true, false, false);
        for (JsonNode c : v.get("bleu_raw").get("cases")) {
            assertThat(raw.score(strings(c.get("hyps")), List.of(strings(c.get("refs")))) / 100).as(c.toString())
                    .isCloseTo(c.get("expected").asDouble(), within(1e-8));
        }
    }

    @Test
    void sentenceBleuUnderEachSmoothing() {
        JsonNode s = v.get("bleu_sentence");
        for (JsonNode c : s.get("cases")) {
            String m = c.get("smooth").asText();
            Bleu.Smoothing sm = m.equals("exp") ? Bleu.Smoothing.EXP : m.equals("none") ? Bleu.Smoothing.NONE
                    : m.equals("floor") ? Bleu.Smoothing.FLOOR : Bleu.Smoothing.ADD_K;
            Bleu bleu = new Bleu(sm, c.get("value").asDouble(), true, c.get("tokenize").asText().equals("13a"), false);
            assertThat(bleu.score(List.of(s.get("hyp").asText()), List.of(List.of(s.get("ref").asText())))).as(c.toString())
                    .isCloseTo(c.get("expected").asDouble(), within(1e-3));
        }
        assertThat(Bleu.sentence(s.get("hyp").asText(), List.of(s.get("ref").asText()))).isCloseTo(8.493, within(1e-3));
    }

    @Test
    void chrf() {
        check(new Chrf(6, 3, true, true), v.get("chrf_beta3_eps").get("cases"));
        check(new Chrf(6, 3, false, true), v.get("chrf_beta3_effective").get("cases"));
        check(new Chrf(6, 3, false, false), v.get("chrf_beta3_keep_whitespace").get("cases"));
        for (JsonNode c : v.get("chrf_sentence_eps").get("cases")) {
            assertThat(new Chrf(6, 2, true, true).score(List.of(c.get(0).asText()), List.of(List.of(c.get(1).asText()))))
                    .as(c.toString()).isCloseTo(c.get(2).asDouble(), within(1e-4));
        }
    }

    private static void check(Chrf chrf, JsonNode cases) {
        for (JsonNode c : cases) {
            assertThat(chrf.score(strings(c.get(0)), List.of(strings(c.get(1))))).as(c.toString())
                    .isCloseTo(c.get(2).asDouble(), within(1e-4));
        }
    }

    @Test
    void wer() {
        for (JsonNode c : v.get("wer").get("cases")) {
            assertThat(TextMetrics.wer(strings(c.get(0)), strings(c.get(1)))).as(c.toString())
                    .isCloseTo(c.get(2).asDouble(), within(1e-9));
        }
    }

    @Test
    void otherTextMetricsOnHandWorkedExamples() {
        assertThat(TextMetrics.exactMatch("The Eiffel Tower!", "eiffel tower")).isEqualTo(1);
        // SQuAD: "eiffel tower in paris" vs "eiffel tower": P=2/4, R=1 -> F1=2/3
        assertThat(TextMetrics.tokenF1("the Eiffel Tower in Paris", "Eiffel Tower")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(TextMetrics.jaccard("a b c", "b c d")).isEqualTo(0.5);
        // LCS("the cat sat on the mat", "the cat on the mat") = 5: P=5/6, R=1 -> F=10/11
        assertThat(TextMetrics.rougeL("the cat sat on the mat", "the cat on the mat")).isCloseTo(10.0 / 11, within(1e-12));
        assertThat(TextMetrics.cer("kitten", "sitting")).isCloseTo(3.0 / 7, within(1e-12));
    }
}
