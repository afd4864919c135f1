package dev.assay.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.data.ProjectPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Paths, sessions and stored scikit-learn outputs of the fixture models, for the tests. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    static Path root() {
        return ProjectPaths.detect(System.getProperty("assay.root")).root();
    }

    static Path model(String name) {
        return root().resolve("fixtures/models/" + name + ".onnx");
    }

    static Path testModel(String name) {
        return root().resolve("extension/assay-tests/src/test/resources/onnx/" + name + ".onnx");
    }

    /** A CPU session the caller closes. */
    static OrtSession cpuSession(Path model) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            return env.createSession(model.toString(), options);
        }
    }

    static JsonNode reference(String model) {
        try {
            return JSON.readTree(root().resolve("fixtures/models/" + model + ".reference.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> dataset(String name) {
        try {
            List<JsonNode> rows = new ArrayList<>();
            for (String line : Files.readAllLines(root().resolve("fixtures/datasets/" + name))) {
                if (!line.isBlank()) {
                    rows.add(JSON.readTree(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dataset line's features as the case loader gives them: a list of Long / Double. */
    static List<Object> features(JsonNode row) {
        return JSON.convertValue(row.get("features"), new com.fasterxml.jackson.core.type.TypeReference<List<Object>>() { });
    }
}
