package dev.assay.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;

/** Test helper: the parts of a summary that two runs of the same cases must agree on. */
public final class Summaries {

    private Summaries() {
    }

    /**
     * The summary's benchmarks without timing metrics, their comparison rows and resource use: these
     * measure each run's own calls, so they differ between any two runs; every other value must not.
     */
    public static JsonNode withoutTimings(JsonNode summary) {
        JsonNode benchmarks = summary.get("benchmarks").deepCopy();
        for (JsonNode bench : benchmarks) {
            for (JsonNode model : bench.get("models")) {
                ((ObjectNode) model.get("metrics")).properties().removeIf(e -> timing(e.getKey()));
                // What the process used is a measurement of each run (and of each session of a resumed one).
                ((ObjectNode) model).remove("resources");
            }
            Iterator<JsonNode> rows = bench.get("comparisons").iterator();
            while (rows.hasNext()) {
                if (timing(rows.next().get("metric").asText())) {
                    rows.remove();
                }
            }
        }
        return benchmarks;
    }

    private static boolean timing(String metric) {
        return metric.startsWith("latency") || metric.startsWith("throughput") || metric.startsWith("ttft")
                || metric.equals("tokens_per_s");
    }
}
