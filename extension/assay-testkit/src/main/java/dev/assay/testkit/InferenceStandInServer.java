package dev.assay.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.assay.inference.Datatype;
import dev.assay.inference.Tensor;
import dev.assay.inference.TensorMetadata;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;

/**
 * {@code InferenceStandInServer} is used in tests in place of a model server: it implements the REST
 * form of the Open Inference Protocol (KServe v2, as NVIDIA Triton and Seldon MLServer serve it) over
 * real HTTP on 127.0.0.1 — {@code GET /v2}, {@code /v2/health/live}, {@code /v2/health/ready},
 * {@code /v2/models/{m}[/versions/{v}]}, {@code …/ready}, and {@code POST …/infer} — for the
 * {@link ServedModel}s it is given. Requests are checked against each model's metadata and refused
 * with HTTP 400 and the protocol's {@code {"error": "…"}} body, as Triton words it; inference calls
 * fail on request ({@link FaultPlan}) with the status codes and headers real servers send. Every
 * reply carries the header {@code X-Assay-Stand-In}, so recordings made from it say so.
 *
 * <p>The {@link FaultPlan} sees, as its {@code prompt}, the model's name, a space, and the request's
 * {@code inputs} as compact JSON; {@code attempt} counts identical requests.
 *
 * <pre>{@code
 * try (InferenceStandInServer server = InferenceStandInServer.start(model)) {
 *     server.faults((request, attempt) -> attempt == 1 ? Fault.UNAVAILABLE : null).retryAfterSeconds(0);
 *     // @Inference(server.spec("breast-cancer-logreg")), or -Dassay.inference.NAME.baseUrl=<server.baseUrl()>
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InferenceStandInServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // Without TCP_NODELAY, Nagle and delayed ACKs add ~40 ms to each small reply (read once, when the JDK's server starts).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final LoopbackServer server;
    private final Map<String, ServedModel> models = new LinkedHashMap<>();
    private final Set<String> notReady = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger inferences = new AtomicInteger();
    private volatile FaultPlan faults = FaultPlan.NONE;
    private volatile Duration slowDelay = Duration.ofSeconds(2);
    private volatile int retryAfterSeconds = 1;
    private volatile boolean serverReady = true;
    private volatile String requiredToken;

    private InferenceStandInServer(List<ServedModel> served) throws IOException {
        served.forEach(m -> models.put(m.name(), m));
        this.server = LoopbackServer.start("assay-inference-stand-in", this::handle);
    }

    /** Starts a server for the models. */
    public static InferenceStandInServer start(ServedModel... models) {
        try {
            return new InferenceStandInServer(List.of(models));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the inference stand-in server on 127.0.0.1", e);
        }
    }

    /** The base URL to configure ({@code assay.inference.NAME.baseUrl}): {@code http://127.0.0.1:PORT}. */
    public URI baseUrl() {
        return URI.create(server.root());
    }

    /** An explicit-URL spec for one of its models: {@code v2+http://127.0.0.1:PORT#MODEL}. */
    public String spec(String model) {
        return "v2+" + baseUrl() + "#" + model;
    }

    /** Scripted failures of inference requests. */
    public InferenceStandInServer faults(FaultPlan plan) {
        this.faults = plan == null ? FaultPlan.NONE : plan;
        return this;
    }

    /** The {@code Retry-After} seconds sent with 429 and 503. */
    public InferenceStandInServer retryAfterSeconds(int seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    /** How long a {@link Fault#SLOW} reply takes. */
    public InferenceStandInServer slowDelay(Duration delay) {
        this.slowDelay = delay;
        return this;
    }

    /** Whether the server answers its readiness probe with 200 (else 503, as a server still loading). */
    public InferenceStandInServer serverReady(boolean ready) {
        this.serverReady = ready;
        return this;
    }

    /** Whether a model answers its readiness probe with 200 (else 400, as Triton for a model that failed to load). */
    public InferenceStandInServer modelReady(String model, boolean ready) {
        if (ready) {
            notReady.remove(model);
        } else {
            notReady.add(model);
        }
        return this;
    }

    /** Requires {@code Authorization: Bearer TOKEN} on every request; others get 401. */
    public InferenceStandInServer requireToken(String token) {
        this.requiredToken = token;
        return this;
    }

    /** How many requests arrived (health and metadata included). */
    public int requestCount() {
        return requests.get();
    }

    /** How many inference requests arrived (refused and failed ones included). */
    public int inferenceCount() {
        return inferences.get();
    }

    @Override
    public void close() {
        server.close();
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (requiredToken != null && !("Bearer " + requiredToken).equals(auth)) {
                send(ex, 401, error("Unauthorized"));
                return;
            }
            List<String> parts = new ArrayList<>(Arrays.asList(path.replaceAll("^/+|/+$", "").split("/")));
            if (parts.isEmpty() || !parts.get(0).equals("v2")) {
                send(ex, 404, error("Not Found"));
                return;
            }
            parts.remove(0);
            boolean get = "GET".equals(ex.getRequestMethod());
            if (parts.isEmpty() || parts.get(0).isEmpty()) {
                send(ex, 200, JSON.createObjectNode().put("name", "assay-inference-stand-in").put("version", "0.1")
                        .set("extensions", JSON.createArrayNode()).toString());
            } else if (get && parts.equals(List.of("health", "live"))) {
                send(ex, 200, "");
            } else if (get && parts.equals(List.of("health", "ready"))) {
                send(ex, serverReady ? 200 : 503, serverReady ? "" : error("Server is not ready"));
            } else if (parts.get(0).equals("models") && parts.size() >= 2) {
                model(ex, parts, get);
            } else {
                send(ex, 404, error("Not Found"));
            }
        } catch (IOException | RuntimeException e) {
            // the client went away (timeout, cancel) or a fault dropped the connection: nothing left to answer
        }
    }

    private void model(HttpExchange ex, List<String> parts, boolean get) throws IOException {
        ServedModel model = models.get(parts.get(1));
        if (model == null) {
            send(ex, 400, error("Request for unknown model: '" + parts.get(1) + "' is not found"));
            return;
        }
        String version = model.versions().get(0);
        List<String> rest = parts.subList(2, parts.size());
        if (rest.size() >= 2 && rest.get(0).equals("versions")) {
            version = rest.get(1);
            if (!model.versions().contains(version)) {
                send(ex, 400, error("Request for unknown model: '" + model.name() + "' version " + version + " is not found"));
                return;
            }
            rest = rest.subList(2, rest.size());
        }
        if (get && rest.isEmpty()) {
            send(ex, 200, metadata(model).toString());
        } else if (get && rest.equals(List.of("ready"))) {
            boolean ready = !notReady.contains(model.name());
            send(ex, ready ? 200 : 400, ready ? "" : error("Request for unknown model: '" + model.name() + "' is not ready"));
        } else if (!get && rest.equals(List.of("infer"))) {
            infer(ex, model, version);
        } else {
            send(ex, 404, error("Not Found"));
        }
    }

    private void infer(HttpExchange ex, ServedModel model, String version) throws IOException {
        inferences.incrementAndGet();
        JsonNode body;
        try {
            body = JSON.readTree(ex.getRequestBody().readAllBytes());
        } catch (IOException e) {
            send(ex, 400, error("failed to parse the request JSON buffer: " + e.getMessage()));
            return;
        }
        if (body == null || !body.path("inputs").isArray()) {
            send(ex, 400, error("inference request for model '" + model.name() + "' has no 'inputs'"));
            return;
        }
        String request = model.name() + " " + body.get("inputs");
        Fault fault = faults.faultFor(request, seen.computeIfAbsent(request, k -> new AtomicInteger()).incrementAndGet());
        if (fault != null && fail(ex, fault)) {
            return;
        }
        Map<String, Tensor> inputs = new LinkedHashMap<>();
        for (JsonNode in : body.get("inputs")) {
            String problem = checkInput(model, in);
            if (problem != null) {
                send(ex, 400, error(problem));
                return;
            }
            Tensor t = tensor(in);
            inputs.put(t.name(), t);
        }
        for (TensorMetadata declared : model.inputs()) {
            if (!inputs.containsKey(declared.name())) {
                send(ex, 400, error("expected " + model.inputs().size() + " inputs but got " + inputs.size()
                        + " inputs for model '" + model.name() + "'"));
                return;
            }
        }
        Map<String, Tensor> outputs;
        try {
            outputs = model.function().apply(inputs);
        } catch (RuntimeException e) {
            send(ex, 500, error("inference of model '" + model.name() + "' failed: " + e.getMessage()));
            return;
        }
        Set<String> wanted = new java.util.HashSet<>();
        body.path("outputs").forEach(o -> wanted.add(o.path("name").asText()));
        ObjectNode reply = JSON.createObjectNode().put("model_name", model.name()).put("model_version", version);
        if (body.hasNonNull("id")) {
            reply.put("id", body.get("id").asText());
        }
        ArrayNode list = reply.putArray("outputs");
        outputs.values().stream().filter(t -> wanted.isEmpty() || wanted.contains(t.name())).forEach(t -> list.add(json(t)));
        send(ex, 200, reply.toString());
    }

    /** What a real server refuses in an input, in Triton's words, or {@code null}. */
    private static String checkInput(ServedModel model, JsonNode in) {
        String name = in.path("name").asText();
        TensorMetadata declared = model.inputs().stream().filter(d -> d.name().equals(name)).findFirst().orElse(null);
        if (declared == null) {
            return "unexpected inference input '" + name + "' for model '" + model.name() + "'";
        }
        String datatype = in.path("datatype").asText();
        if (!declared.datatype().name().equals(datatype)) {
            return "inference input '" + name + "' data-type is '" + datatype + "', but model '" + model.name()
                    + "' expects '" + declared.datatype() + "'";
        }
        List<Long> shape = new ArrayList<>();
        in.path("shape").forEach(d -> shape.add(d.asLong()));
        boolean fits = shape.size() == declared.shape().size();
        for (int i = 0; fits && i < shape.size(); i++) {
            fits = declared.shape().get(i) < 0 || declared.shape().get(i).equals(shape.get(i));
        }
        if (!fits) {
            return "unexpected shape for input '" + name + "' for model '" + model.name() + "'. Expected "
                    + declared.shape().toString().replace(" ", "") + ", got " + shape.toString().replace(" ", "");
        }
        List<Object> flat = new ArrayList<>();
        flatten(in.path("data"), flat);
        long expected = shape.stream().reduce(1L, (a, b) -> a * b);
        if (flat.size() != expected) {
            return "unexpected number of elements for input '" + name + "': shape " + shape.toString().replace(" ", "")
                    + " holds " + expected + ", got " + flat.size();
        }
        return null;
    }

    /** Sends the fault; returns false when it only delays the normal reply. */
    private boolean fail(HttpExchange ex, Fault fault) throws IOException {
        switch (fault) {
            case RATE_LIMITED:
                ex.getResponseHeaders().set("Retry-After", Integer.toString(retryAfterSeconds));
                send(ex, 429, error("Too many requests"));
                return true;
            case SERVER_ERROR:
                send(ex, 500, error("Internal server error"));
                return true;
            case UNAVAILABLE:
                ex.getResponseHeaders().set("Retry-After", Integer.toString(retryAfterSeconds));
                send(ex, 503, error("Server is overloaded; try again later"));
                return true;
            case MALFORMED_JSON:
                send(ex, 200, "{\"model_name\":\"unterminated");
                return true;
            case CUT_OFF_BODY:
                byte[] whole = "{\"model_name\":\"cut\",\"outputs\":[]}".getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/json");
                ex.sendResponseHeaders(200, whole.length);
                OutputStream out = ex.getResponseBody();
                out.write(whole, 0, whole.length / 2);
                out.flush();
                throw new IOException("cut off"); // closing with bytes missing drops the connection mid-body
            case RESET_CONNECTION:
                throw new IOException("reset"); // leaves without a status line; the server drops the connection
            case SLOW:
                try {
                    Thread.sleep(slowDelay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            default:
                return false;
        }
    }

    private static ObjectNode metadata(ServedModel model) {
        ObjectNode n = JSON.createObjectNode().put("name", model.name());
        ArrayNode versions = n.putArray("versions");
        model.versions().forEach(versions::add);
        n.put("platform", model.platform());
        n.set("inputs", metadata(model.inputs()));
        n.set("outputs", metadata(model.outputs()));
        return n;
    }

    private static ArrayNode metadata(List<TensorMetadata> tensors) {
        ArrayNode a = JSON.createArrayNode();
        for (TensorMetadata t : tensors) {
            ObjectNode o = a.addObject().put("name", t.name()).put("datatype", t.datatype().name());
            ArrayNode shape = o.putArray("shape");
            t.shape().forEach(shape::add);
        }
        return a;
    }

    private static Tensor tensor(JsonNode in) {
        List<Object> flat = new ArrayList<>();
        flatten(in.path("data"), flat);
        long[] shape = new long[in.path("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = in.path("shape").get(i).asLong();
        }
        return Tensor.of(in.path("name").asText(), Datatype.parse(in.path("datatype").asText()), shape, flat);
    }

    private static ObjectNode json(Tensor t) {
        ObjectNode o = JSON.createObjectNode().put("name", t.name()).put("datatype", t.datatype().name());
        ArrayNode shape = o.putArray("shape");
        for (long d : t.shape()) {
            shape.add(d);
        }
        ArrayNode data = o.putArray("data");
        for (Object v : t.values()) {
            if (v instanceof Double d) {
                // FP32 as a float's shortest text, as servers write it.
                if (t.datatype() == Datatype.FP64) {
                    data.add(d);
                } else {
                    data.add(d.floatValue());
                }
            } else if (v instanceof Long l) {
                data.add(l);
            } else if (v instanceof Boolean b) {
                data.add(b);
            } else {
                data.add((String) v);
            }
        }
        return o;
    }

    private static void flatten(JsonNode node, List<Object> out) {
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out));
        } else if (node.isNumber()) {
            out.add(node.numberValue());
        } else if (node.isBoolean()) {
            out.add(node.booleanValue());
        } else {
            out.add(node.asText());
        }
    }

    private static String error(String message) {
        return JSON.createObjectNode().put("error", message).toString();
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        LoopbackServer.sendJson(ex, status, body);
    }
}
