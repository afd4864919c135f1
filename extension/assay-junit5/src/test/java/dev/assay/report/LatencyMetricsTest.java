package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.metrics.SampleMetric;
import dev.assay.testing.RepoPaths;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Speed metrics agree with numpy (fixtures/reference/latency/make_reference.py) to 1e-9, also on resamples. */
class LatencyMetricsTest {

    static Stream<JsonNode> datasets() throws IOException {
        JsonNode root = new ObjectMapper().readTree(RepoPaths.fixture("fixtures/reference/latency/reference.json").toFile());
        List<JsonNode> list = new ArrayList<>();
        root.get("datasets").forEach(list::add);
        return list.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void agreeWithNumpy(JsonNode data) {
        List<CaseRecord> records = new ArrayList<>();
        for (int i = 0; i < data.get("latency_ms").size(); i++) {
            records.add(new CaseRecord("r", "b", "m", "c" + i, 0, "regression", "ok", 1.0, 1.0, null,
                    data.get("latency_ms").get(i).asDouble(), data.get("ttft_ms").get(i).asDouble(), 10,
                    data.get("tokens_out").get(i).asInt(), 1, null, Map.of(), Map.of()));
        }
        Map<String, SampleMetric> metrics = LatencyMetrics.bind(records);
        int[] all = ModelScorer.identity(records.size());
        int[] rows = new int[data.get("rows").size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = data.get("rows").get(i).asInt();
        }
        data.get("expected").properties().forEach(e -> assertThat(metrics.get(e.getKey()).compute(all))
                .as(e.getKey()).isCloseTo(e.getValue().asDouble(), within(1e-9)));
        data.get("expected_on_rows").properties().forEach(e -> assertThat(metrics.get(e.getKey()).compute(rows))
                .as(e.getKey() + " on resample").isCloseTo(e.getValue().asDouble(), within(1e-9)));
    }
}
