package dev.assay.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.report.AtomicFiles;
import dev.assay.secrets.SecretMasker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One benchmark's inference recording ({@code <benchmark>.inference.json} beside the LLM recordings):
 * each model's metadata and server facts, so a replay checks inputs as a live run does, and each
 * response keyed by the SHA-256 of the request (server name, model, version, inputs; never a URL or a
 * token, so a recording made against a stand-in on a random port replays anywhere). A tensor model
 * answers one input one way, so an identical request replays the one recorded response. Written
 * once, to a temporary file first, when the run closes it.
 */
// CloseableResource as well: JUnit before 5.13 closes only those when the store closes.
final class InferenceRecording implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    static final String FORMAT = "assay-inference-recording/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final String benchmark;
    private final Map<String, ObjectNode> models = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> entries = new ConcurrentHashMap<>();
    private volatile boolean changed;

    InferenceRecording(Path file, String benchmark) {
        this.file = file;
        this.benchmark = benchmark;
        if (Files.isRegularFile(file)) {
            load();
        }
    }

    Path file() {
        return file;
    }

    private void load() {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (!FORMAT.equals(root.path("format").asText())) {
                throw new IllegalStateException("Recording [" + file + "] is not in format [" + FORMAT + "]; re-record it with -D"
                        + InferenceSettings.MODE_KEY + "=record");
            }
            root.path("models").forEach(m -> models.put(m.path("key").asText(), (ObjectNode) m));
            root.path("entries").forEach(e -> entries.put(e.path("key").asText(), (ObjectNode) e));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read recording [" + file + "]", e);
        }
    }

    /** The recorded metadata of a model, or {@code null}. */
    ObjectNode model(InferenceSettings s) {
        return models.get(modelKey(s));
    }

    void putModel(InferenceSettings s, ModelMetadata metadata, WireJson.ServerInfo server, String origin) {
        ObjectNode m = JSON.createObjectNode();
        m.put("key", modelKey(s));
        m.put("origin", origin);
        m.set("metadata", metadataJson(metadata));
        if (server != null) {
            m.putObject("server").put("name", server.name()).put("version", server.version());
        }
        models.put(modelKey(s), m);
        changed = true;
    }

    /** The recorded entry for a request, or {@code null}. */
    ObjectNode find(String key) {
        return entries.get(key);
    }

    void put(String key, List<Tensor> inputs, InferenceResponse r, String origin) {
        ObjectNode e = JSON.createObjectNode();
        e.put("key", key);
        e.put("origin", origin);
        // The request is summarised, not kept: tensors can be megabytes, and the key already pins them.
        ArrayNode request = e.putArray("inputs");
        inputs.forEach(t -> request.add(t.toString()));
        ObjectNode resp = e.putObject("response");
        resp.put("model_name", r.model());
        resp.put("model_version", r.modelVersion());
        resp.put("latency_ms", Math.round(r.latencyMs() * 1000) / 1000.0);
        ArrayNode outputs = resp.putArray("outputs");
        r.outputs().values().forEach(t -> outputs.add(WireJson.tensor(t)));
        entries.put(key, e);
        changed = true;
    }

    static InferenceResponse replay(ObjectNode entry) throws IOException {
        JsonNode r = entry.path("response");
        WireJson.Outputs outputs = WireJson.response(r.toString());
        return new InferenceResponse(outputs.model(), outputs.modelVersion(), outputs.tensors(), r.path("latency_ms").asDouble(), 1, true);
    }

    /** The request's key: what decides the reply, and nothing secret. */
    static String key(InferenceSettings s, String requestJson) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(modelKey(s).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(requestJson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String modelKey(InferenceSettings s) {
        return s.name() + "/" + s.model() + (s.version() == null ? "" : "/" + s.version());
    }

    static ObjectNode metadataJson(ModelMetadata m) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", m.name());
        ArrayNode versions = n.putArray("versions");
        m.versions().forEach(versions::add);
        n.put("platform", m.platform());
        n.set("inputs", tensorMetadataJson(m.inputs()));
        n.set("outputs", tensorMetadataJson(m.outputs()));
        return n;
    }

    private static ArrayNode tensorMetadataJson(List<TensorMetadata> list) {
        ArrayNode a = JSON.createArrayNode();
        for (TensorMetadata t : list) {
            ObjectNode o = a.addObject().put("name", t.name()).put("datatype", t.datatype().name());
            ArrayNode shape = o.putArray("shape");
            t.shape().forEach(shape::add);
        }
        return a;
    }

    @Override
    public synchronized void close() {
        if (!changed) {
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("benchmark", benchmark);
        boolean standIn = entries.values().stream().anyMatch(e -> "stand-in".equals(e.path("origin").asText()))
                || models.values().stream().anyMatch(e -> "stand-in".equals(e.path("origin").asText()));
        root.put("note", standIn
                ? "Entries with origin stand-in were recorded from Assay's local stand-in server (dev.assay.testkit), not from a real deployment."
                : "Recorded from the live servers named in each entry.");
        ArrayNode m = root.putArray("models");
        new TreeMap<>(models).values().forEach(m::add);
        ArrayNode list = root.putArray("entries");
        new TreeMap<>(entries).values().forEach(list::add);
        try {
            AtomicFiles.writeString(file, SecretMasker.mask(JSON.writeValueAsString(root)) + "\n");
            changed = false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write recording [" + file + "]", e);
        }
    }
}
