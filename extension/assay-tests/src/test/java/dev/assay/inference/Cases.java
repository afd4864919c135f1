package dev.assay.inference;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.testkit.BenchmarkRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test helper: the scorer dataset's inputs by case id, read straight from the fixture file. */
final class Cases {

    private Cases() {
    }

    static Map<String, double[]> inputs() {
        try (InputStream in = Cases.class.getResourceAsStream("/inference/scorer-cases.jsonl")) {
            Map<String, double[]> out = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode n = BenchmarkRun.json(line);
                    out.put(n.get("id").asText(), new double[] {n.get("x").get(0).asDouble(), n.get("x").get(1).asDouble()});
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
