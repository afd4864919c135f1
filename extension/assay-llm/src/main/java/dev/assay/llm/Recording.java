package dev.assay.llm;

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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One benchmark's recording file: replies keyed by the SHA-256 of the normalised request (provider,
 * model, messages, settings; never a key or a URL, so a recording made against a stand-in on a random
 * port replays anywhere). A request made by a benchmark method is also keyed by its place in the run
 * (case, round, and which identical request of that call it is: {@link Place}), so each round of a
 * sampled model replays its own answer however the threads of a parallel run are scheduled. A
 * request made elsewhere (a warmup, plain code) gets the n-th recorded reply of its kind. Recordings
 * made before places were kept replay by that order. Written once, atomically, when the run closes it.
 */
// CloseableResource as well: JUnit before 5.13 closes only those when the store closes.
final class Recording implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    static final String FORMAT = "assay-recording/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final String benchmark;
    private final Map<String, Map<Integer, ObjectNode>> entries = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> occurrences = new ConcurrentHashMap<>();
    private final Map<Place, ObjectNode> placed = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    // A file recorded before places were kept replays by call order, as it was recorded.
    private volatile boolean legacy;
    private volatile boolean changed;

    Recording(Path file, String benchmark) {
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
                throw new IllegalStateException("Recording [" + file + "] is not in format [" + FORMAT + "]; re-record it");
            }
            boolean anyPlaced = false;
            for (JsonNode e : root.path("entries")) {
                JsonNode where = e.path("place");
                if (where.isObject()) {
                    anyPlaced = true;
                    placed.put(new Place(e.path("key").asText(), where.path("case").asText(), where.path("round").asInt(),
                            where.path("call").asInt()), (ObjectNode) e);
                } else {
                    entries.computeIfAbsent(e.path("key").asText(), k -> new ConcurrentHashMap<>())
                            .put(e.path("occurrence").asInt(), (ObjectNode) e);
                }
            }
            legacy = !anyPlaced && !entries.isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read recording [" + file + "]", e);
        }
    }

    /**
     * Where a request made in a benchmark method's call sits in the run: its key, the case and round
     * of the call, and which identical request of that call it is (0 for the first).
     *
     * @param key the request's key
     * @param caseId the case (the first case of a batch)
     * @param round the round
     * @param call which identical request of the call it is
     */
    record Place(String key, String caseId, int round, int call) {
    }

    /** The place of the next request {@code key} made by the call of {@code slot}; null when replaying a recording kept before places. */
    Place nextPlace(String key, dev.assay.api.CurrentCase.Slot slot) {
        if (legacy) {
            return null;
        }
        String call = key + "\u0000" + slot.caseId() + "\u0000" + slot.round();
        return new Place(key, slot.caseId(), slot.round(), calls.computeIfAbsent(call, k -> new AtomicInteger()).getAndIncrement());
    }

    /** The recorded entry at a place, or {@code null}. */
    ObjectNode find(Place place) {
        return placed.get(place);
    }

    /** Records a reply at a place. */
    void put(Place place, ObjectNode request, ChatResponse r) {
        ObjectNode e = entry(place.key(), request, r);
        e.putObject("place").put("case", place.caseId()).put("round", place.round()).put("call", place.call());
        placed.put(place, e);
        changed = true;
    }

    /** Takes the next occurrence number of this request in this run. */
    int nextOccurrence(String key) {
        return occurrences.computeIfAbsent(key, k -> new AtomicInteger()).getAndIncrement();
    }

    /** The recorded entry for the request's occurrence, or {@code null}. */
    ObjectNode find(String key, int occurrence) {
        Map<Integer, ObjectNode> byOccurrence = entries.get(key);
        return byOccurrence == null ? null : byOccurrence.get(occurrence);
    }

    /**
     * What produced the recorded replies: {@code stand-in}, {@code live}, or {@code stand-in and live};
     * null when nothing is recorded. Replayed numbers must say so, or a stand-in's could pass for a model's.
     */
    String origins() {
        java.util.TreeSet<String> origins = new java.util.TreeSet<>();
        entries.values().forEach(m -> m.values().forEach(e -> origins.add(e.path("origin").asText("live"))));
        placed.values().forEach(e -> origins.add(e.path("origin").asText("live")));
        return origins.isEmpty() ? null : String.join(" and ", origins.descendingSet());
    }

    int size() {
        return entries.values().stream().mapToInt(Map::size).sum() + placed.size();
    }

    void put(String key, int occurrence, ObjectNode request, ChatResponse r) {
        ObjectNode e = entry(key, request, r);
        e.put("occurrence", occurrence);
        entries.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).put(occurrence, e);
        changed = true;
    }

    private static ObjectNode entry(String key, ObjectNode request, ChatResponse r) {
        ObjectNode e = JSON.createObjectNode();
        e.put("key", key);
        e.put("origin", r.origin());
        e.set("request", request);
        ObjectNode resp = e.putObject("response");
        resp.put("text", SecretMasker.mask(r.text()));
        resp.put("model", r.model());
        resp.put("latency_ms", Math.round(r.latencyMs() * 1000) / 1000.0);
        if (r.ttftMs() != null) {
            resp.put("ttft_ms", Math.round(r.ttftMs() * 1000) / 1000.0);
        }
        if (r.tokensIn() != null) {
            resp.put("tokens_in", r.tokensIn());
        }
        if (r.tokensOut() != null) {
            resp.put("tokens_out", r.tokensOut());
        }
        if (r.finishReason() != null) {
            resp.put("finish_reason", r.finishReason());
        }
        return e;
    }

    static ChatResponse replay(ObjectNode entry, ProviderSettings settings) {
        JsonNode r = entry.path("response");
        Integer in = WireFormat.intOrNull(r.get("tokens_in"));
        Integer out = WireFormat.intOrNull(r.get("tokens_out"));
        return new ChatResponse(r.path("text").asText(), r.path("model").asText(null), r.path("latency_ms").asDouble(),
                r.hasNonNull("ttft_ms") ? r.get("ttft_ms").asDouble() : null, in, out, 1,
                settings == null ? null : settings.cost(in, out), r.path("finish_reason").asText(null),
                entry.path("origin").asText("live"), true);
    }

    /** Writes the file if anything was recorded: to a temporary file first, so a crash never leaves half a file. */
    @Override
    public synchronized void close() {
        if (!changed) {
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("benchmark", benchmark);
        boolean standIn = java.util.stream.Stream.concat(entries.values().stream().flatMap(m -> m.values().stream()),
                placed.values().stream()).anyMatch(e -> "stand-in".equals(e.path("origin").asText()));
        root.put("note", standIn
                ? "Entries with origin stand-in were recorded from Assay's local stand-in server (dev.assay.testkit), not from a real model."
                : "Recorded from the live providers named in each entry.");
        ArrayNode list = root.putArray("entries");
        Map<String, Map<Integer, ObjectNode>> sorted = new TreeMap<>(entries);
        sorted.forEach((k, m) -> new TreeMap<>(m).values().forEach(list::add));
        // In a fixed order whatever order the calls came in: the file of a parallel run is the sequential run's.
        placed.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey(java.util.Comparator
                .comparing(Place::key).thenComparing(Place::caseId).thenComparingInt(Place::round)
                .thenComparingInt(Place::call))).forEach(e -> list.add(e.getValue()));
        try {
            AtomicFiles.writeString(file, SecretMasker.mask(JSON.writeValueAsString(root)) + "\n");
            changed = false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write recording [" + file + "]", e);
        }
    }

    /** The request as it is keyed: what decides the reply, in a fixed order, and nothing secret. */
    static ObjectNode normalise(ProviderSpec spec, ChatRequest request) {
        ObjectNode n = JSON.createObjectNode();
        n.put("provider", spec.name());
        n.put("model", spec.model());
        ChatOptions o = request.options();
        ObjectNode opts = JSON.createObjectNode();
        if (o.system() != null) {
            opts.put("system", o.system());
        }
        if (o.temperature() != null) {
            opts.put("temperature", o.temperature());
        }
        if (o.topP() != null) {
            opts.put("top_p", o.topP());
        }
        if (o.topK() != null) {
            opts.put("top_k", o.topK());
        }
        if (o.maxTokens() != null) {
            opts.put("max_tokens", o.maxTokens());
        }
        if (o.seed() != null) {
            opts.put("seed", o.seed());
        }
        if (o.contextSize() != null) {
            opts.put("context_size", o.contextSize());
        }
        if (o.jsonMode()) {
            opts.put("json", true);
        }
        n.set("options", opts);
        ArrayNode messages = n.putArray("messages");
        request.messages().forEach(m -> messages.addObject().put("role", m.role()).put("content", m.content()));
        return n;
    }

    static String key(ObjectNode normalised) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(new ObjectMapper().writeValueAsBytes(normalised));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> keys(Recording r) {
        return new ArrayList<>(r.entries.keySet());
    }
}
