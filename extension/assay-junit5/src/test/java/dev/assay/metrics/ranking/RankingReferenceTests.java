package dev.assay.metrics.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.metrics.SampleMetric;
import dev.assay.testing.RepoPaths;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ranking metrics against {@code fixtures/reference/ranking/reference.json}: trec_eval's definitions
 * and scikit-learn's {@code ndcg_score}, per query, over each dataset and over a resample with repeats.
 */
class RankingReferenceTests {

    /** The largest difference tolerated; the values agree to rounding (about 1e-16). */
    static final double TOLERANCE = 1e-12;

    static Stream<JsonNode> datasets() throws IOException {
        JsonNode root = new ObjectMapper().readTree(
                RepoPaths.root().resolve("fixtures/reference/ranking/reference.json").toFile());
        List<JsonNode> out = new ArrayList<>();
        root.get("datasets").forEach(out::add);
        return out.stream();
    }

    @ParameterizedTest(name = "{index}: per query, {0}")
    @MethodSource("datasets")
    void agreesPerQuery(JsonNode dataset) {
        int[] ks = ks(dataset);
        int n = dataset.get("corpus_size").asInt();
        int q = 0;
        for (JsonNode query : dataset.get("queries")) {
            Map<String, Double> values = RankingMetrics.perQuery(judgements(query), ranking(query), ks, n);
            JsonNode expected = query.get("values");
            assertThat(values.keySet()).containsExactlyElementsOf(names(expected));
            for (Map.Entry<String, Double> e : values.entrySet()) {
                assertThat(e.getValue()).as("%s, query %d %s: %s", dataset.get("name").asText(), q, query, e.getKey())
                        .isCloseTo(expected.get(e.getKey()).asDouble(), within(TOLERANCE));
            }
            q++;
        }
    }

    @ParameterizedTest(name = "{index}: means, {0}")
    @MethodSource("datasets")
    void agreesOnAllQueriesAndOnAResampleWithRepeats(JsonNode dataset) {
        List<Judgements> judgements = new ArrayList<>();
        List<List<String>> rankings = new ArrayList<>();
        dataset.get("queries").forEach(query -> {
            judgements.add(judgements(query));
            rankings.add(ranking(query));
        });
        Map<String, SampleMetric> metrics = RankingMetrics.bind(judgements, rankings, ks(dataset),
                dataset.get("corpus_size").asInt());
        int[] all = java.util.stream.IntStream.range(0, judgements.size()).toArray();
        int[] resample = new int[dataset.get("rows").size()];
        for (int i = 0; i < resample.length; i++) {
            resample[i] = dataset.get("rows").get(i).asInt();
        }
        assertThat(metrics.keySet()).containsExactlyElementsOf(names(dataset.get("metrics")));
        metrics.forEach((name, metric) -> {
            assertThat(metric.compute(all)).as("%s: %s", dataset.get("name").asText(), name)
                    .isCloseTo(dataset.get("metrics").get(name).asDouble(), within(TOLERANCE));
            assertThat(metric.compute(resample)).as("%s, resample: %s", dataset.get("name").asText(), name)
                    .isCloseTo(dataset.get("resample_metrics").get(name).asDouble(), within(TOLERANCE));
        });
    }

    static Judgements judgements(JsonNode query) {
        Map<String, Object> grades = new LinkedHashMap<>();
        query.get("grades").fields().forEachRemaining(e -> grades.put(e.getKey(), e.getValue().asDouble()));
        return Judgements.parse(grades);
    }

    static List<String> ranking(JsonNode query) {
        List<String> ids = new ArrayList<>();
        query.get("ranking").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    static int[] ks(JsonNode dataset) {
        int[] ks = new int[dataset.get("k").size()];
        for (int i = 0; i < ks.length; i++) {
            ks[i] = dataset.get("k").get(i).asInt();
        }
        return ks;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
