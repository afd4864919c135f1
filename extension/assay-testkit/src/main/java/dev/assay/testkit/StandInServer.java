package dev.assay.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.assay.llm.ChatMessage;
import dev.assay.llm.Protocol;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;

/**
 * {@code StandInServer} is used in tests, and to make recordings for CI, in place of a real model: a
 * deterministic fake served over real HTTP on 127.0.0.1 that speaks the OpenAI chat completions API,
 * Ollama's {@code /api/chat} and Gemini's {@code generateContent}, whole or streamed, and fails on
 * request ({@link FaultPlan}) with the status codes, headers and error bodies real providers send.
 * Every reply carries the header {@code X-Assay-Stand-In}, so recordings made from it are labelled
 * {@code "origin": "stand-in"}.
 *
 * <pre>{@code
 * try (StandInServer server = StandInServer.start((model, msgs) -> "positive")) {
 *     ChatClient llm = ChatClients.builder(server.spec(Protocol.OLLAMA, "gemma3:4b")).build();
 *     llm.chat("Great film!").text(); // "positive"
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StandInServer implements AutoCloseable {

    /** The header that marks a reply as the stand-in's. */
    public static final String HEADER = "X-Assay-Stand-In";

    private static final ObjectMapper JSON = new ObjectMapper();


    private final LoopbackServer server;
    private final Responder responder;
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile FaultPlan faults = FaultPlan.NONE;
    private volatile Duration replyDelay = Duration.ZERO;
    private volatile Duration slowDelay = Duration.ofSeconds(2);
    private volatile int retryAfterSeconds = 1;
    private volatile String requiredKey;
    private volatile int errorPadding;
    private volatile boolean echoHeaders;
    private volatile boolean echoHeadersAsGarbage;
    private volatile int chunkChars;

    private StandInServer(Responder responder) throws IOException {
        this.responder = responder;
        this.server = LoopbackServer.start("assay-stand-in", this::handle);
    }

    /** Starts a server that echoes the start of the last user message. */
    public static StandInServer start() {
        return start((model, messages) -> "Stand-in reply to: " + messages.get(messages.size() - 1).content());
    }

    /** Starts a server answering with {@code responder}. */
    public static StandInServer start(Responder responder) {
        try {
            return new StandInServer(responder);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the stand-in server on 127.0.0.1", e);
        }
    }

    /** The base URL to configure for a protocol ({@code assay.provider.NAME.baseUrl}). */
    public URI baseUrl(Protocol protocol) {
        String root = server.root();
        switch (protocol) {
            case OLLAMA: return URI.create(root);
            case GEMINI: return URI.create(root + "/v1beta");
            default: return URI.create(root + "/v1");
        }
    }

    /** An explicit-URL provider spec for this server ({@code http://127.0.0.1:PORT/v1#MODEL}). */
    public String spec(Protocol protocol, String model) {
        String prefix = protocol == Protocol.OPENAI ? "" : protocol.name().toLowerCase(Locale.ROOT) + "+";
        return prefix + baseUrl(protocol) + "#" + model;
    }

    /** Waits this long before every reply (and between streamed chunks' first and the rest). */
    public StandInServer replyDelay(Duration delay) {
        this.replyDelay = delay;
        return this;
    }

    /** How long a {@link Fault#SLOW} reply takes. */
    public StandInServer slowDelay(Duration delay) {
        this.slowDelay = delay;
        return this;
    }

    /** The {@code Retry-After} seconds sent with 429 and 503. */
    public StandInServer retryAfterSeconds(int seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    /** Scripted failures. */
    public StandInServer faults(FaultPlan plan) {
        this.faults = plan == null ? FaultPlan.NONE : plan;
        return this;
    }

    /**
     * Requires this API key; a request with another answers 401 and, like careless providers, echoes
     * the key it got in the error message (which clients must redact).
     */
    public StandInServer requireApiKey(String key) {
        this.requiredKey = key;
        return this;
    }

    /**
     * Puts {@code characters} of filler before the key that a 401 echoes, so the key lands where a
     * client cuts a long error body short (a client must mask before it cuts).
     */
    public StandInServer errorPadding(int characters) {
        this.errorPadding = characters;
        return this;
    }

    /**
     * Appends every request header ({@code Authorization} included) to each reply, as a careless
     * proxy or a debugging endpoint does: the key then arrives as the model's own words.
     */
    public StandInServer echoRequestHeaders() {
        this.echoHeaders = true;
        return this;
    }

    /**
     * Answers every request with HTTP 200 and a body that is not the protocol's JSON, holding the
     * request headers after {@code errorPadding} characters of filler: a reply the client cannot
     * parse and must quote, masked, in its error.
     */
    public StandInServer echoRequestHeadersAsGarbage() {
        this.echoHeadersAsGarbage = true;
        return this;
    }

    /** Streams replies in pieces of this many characters (0: one word a piece), so a key can be split across chunks. */
    public StandInServer chunkChars(int characters) {
        this.chunkChars = characters;
        return this;
    }

    /** How many requests arrived. */
    public int requestCount() {
        return requests.get();
    }

    @Override
    public void close() {
        server.close();
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        try (ex) {
            String path = ex.getRequestURI().getPath();
            Protocol protocol = path.startsWith("/api/") ? Protocol.OLLAMA
                    : path.startsWith("/v1beta/") ? Protocol.GEMINI : Protocol.OPENAI;
            JsonNode body;
            try {
                body = JSON.readTree(ex.getRequestBody().readAllBytes());
            } catch (IOException e) {
                send(ex, 400, errorBody(protocol, 400, "Invalid JSON payload received."));
                return;
            }
            if (!"POST".equals(ex.getRequestMethod()) || body == null || !body.isObject()) {
                send(ex, 404, errorBody(protocol, 404, "Not found: " + path));
                return;
            }
            String key = key(ex, protocol);
            if (requiredKey != null && !requiredKey.equals(key)) {
                send(ex, 401, errorBody(protocol, 401, "x".repeat(errorPadding) + " Incorrect API key provided: " + key + "."));
                return;
            }
            if (echoHeadersAsGarbage) {
                send(ex, 200, "<html>" + "x".repeat(errorPadding) + " " + headers(ex) + "</html>");
                return;
            }
            String model = protocol == Protocol.GEMINI
                    ? path.substring(path.indexOf("/models/") + 8, path.lastIndexOf(':')) : body.path("model").asText();
            boolean stream = protocol == Protocol.GEMINI ? path.endsWith(":streamGenerateContent")
                    : body.path("stream").asBoolean(protocol == Protocol.OLLAMA);
            List<ChatMessage> messages = messages(protocol, body);
            String prompt = messages.isEmpty() ? "" : messages.get(messages.size() - 1).content();
            int attempt = seen.computeIfAbsent(prompt, p -> new AtomicInteger()).incrementAndGet();
            Fault fault = faults.faultFor(prompt, attempt);
            if (fault != null && fail(ex, protocol, fault, model, stream)) {
                return;
            }
            sleep(replyDelay);
            String text = responder.reply(model, messages) + (echoHeaders ? " " + headers(ex) : "");
            int in = words(messages.stream().map(ChatMessage::content).reduce("", (a, b) -> a + " " + b));
            if (stream) {
                stream(ex, protocol, model, text, in, fault == Fault.CUT_OFF_BODY);
            } else {
                send(ex, 200, whole(protocol, model, text, in));
            }
        } catch (IOException | RuntimeException e) {
            // the client went away (timeout, cancel): nothing left to answer
        }
    }

    /** Sends the fault; returns false when the fault shapes the normal reply instead (a cut-off stream). */
    private boolean fail(HttpExchange ex, Protocol protocol, Fault fault, String model, boolean stream) throws IOException {
        switch (fault) {
            case RATE_LIMITED:
                ex.getResponseHeaders().set("Retry-After", Integer.toString(retryAfterSeconds));
                send(ex, 429, errorBody(protocol, 429, protocol == Protocol.OPENAI
                        ? "Rate limit reached for model `" + model + "` on requests per minute (RPM): Limit 30, Used 30, Requested 1. Please try again in " + retryAfterSeconds + "s."
                        : "Resource has been exhausted (e.g. check quota)."));
                return true;
            case SERVER_ERROR:
                send(ex, 500, errorBody(protocol, 500, "The server had an error while processing your request. Sorry about that!"));
                return true;
            case UNAVAILABLE:
                ex.getResponseHeaders().set("Retry-After", Integer.toString(retryAfterSeconds));
                send(ex, 503, errorBody(protocol, 503, "The model is overloaded. Please try again later."));
                return true;
            case MALFORMED_JSON:
                send(ex, 200, "{\"id\":\"chatcmpl-standin\",\"choices\":[{\"message\":{\"content\":\"unterminated");
                return true;
            case CUT_OFF_BODY:
                if (stream) {
                    return false;
                }
                byte[] whole = whole(protocol, model, "This reply will be cut off half way", 3).getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/json");
                ex.getResponseHeaders().set(HEADER, "1");
                ex.sendResponseHeaders(200, whole.length);
                OutputStream out = ex.getResponseBody();
                out.write(whole, 0, whole.length / 2);
                out.flush();
                // Closing the exchange with bytes missing makes the server drop the connection mid-body.
                throw new IOException("cut off");
            case RESET_CONNECTION:
                throw new IOException("reset"); // leaves without a status line; the server drops the connection
            case SLOW:
                sleep(slowDelay);
                return false;
            default:
                return false;
        }
    }

    private static String key(HttpExchange ex, Protocol protocol) {
        if (protocol == Protocol.GEMINI) {
            return ex.getRequestHeaders().getFirst("x-goog-api-key");
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        return auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
    }

    private static List<ChatMessage> messages(Protocol protocol, JsonNode body) {
        List<ChatMessage> out = new ArrayList<>();
        if (protocol == Protocol.GEMINI) {
            body.path("systemInstruction").path("parts").forEach(p -> out.add(ChatMessage.system(p.path("text").asText())));
            body.path("contents").forEach(c -> {
                StringBuilder sb = new StringBuilder();
                c.path("parts").forEach(p -> sb.append(p.path("text").asText()));
                out.add(c.path("role").asText("user").equals("model") ? ChatMessage.assistant(sb.toString()) : ChatMessage.user(sb.toString()));
            });
        } else {
            body.path("messages").forEach(m -> out.add(new ChatMessage(m.path("role").asText(), m.path("content").asText())));
        }
        return out;
    }

    private static String whole(Protocol protocol, String model, String text, int in) {
        int outTokens = words(text);
        ObjectNode n = JSON.createObjectNode();
        switch (protocol) {
            case OLLAMA:
                n.put("model", model).put("created_at", "2025-01-01T00:00:00Z");
                n.putObject("message").put("role", "assistant").put("content", text);
                n.put("done_reason", "stop").put("done", true).put("prompt_eval_count", in).put("eval_count", outTokens);
                break;
            case GEMINI:
                candidate(n, text, "STOP");
                n.putObject("usageMetadata").put("promptTokenCount", in).put("candidatesTokenCount", outTokens)
                        .put("totalTokenCount", in + outTokens);
                n.put("modelVersion", model);
                break;
            default:
                n.put("id", "chatcmpl-standin").put("object", "chat.completion").put("created", 1735689600).put("model", model);
                ObjectNode choice = n.putArray("choices").addObject();
                choice.put("index", 0);
                choice.putObject("message").put("role", "assistant").put("content", text);
                choice.put("finish_reason", "stop");
                n.putObject("usage").put("prompt_tokens", in).put("completion_tokens", outTokens).put("total_tokens", in + outTokens);
        }
        return n.toString();
    }

    private static void candidate(ObjectNode n, String text, String finish) {
        ObjectNode c = n.putArray("candidates").addObject();
        c.putObject("content").put("role", "model").putArray("parts").addObject().put("text", text);
        if (finish != null) {
            c.put("finishReason", finish);
        }
    }

    private void stream(HttpExchange ex, Protocol protocol, String model, String text, int in, boolean cutOff) throws IOException {
        ex.getResponseHeaders().set("Content-Type", protocol == Protocol.OLLAMA ? "application/x-ndjson" : "text/event-stream");
        ex.getResponseHeaders().set(HEADER, "1");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        List<String> pieces = pieces(text);
        int outTokens = words(text);
        for (int i = 0; i < pieces.size(); i++) {
            if (cutOff && i >= pieces.size() / 2) {
                out.flush();
                return; // a clean end of body, but without the protocol's end marker
            }
            String p = pieces.get(i);
            ObjectNode n = JSON.createObjectNode();
            switch (protocol) {
                case OLLAMA:
                    n.put("model", model);
                    n.putObject("message").put("role", "assistant").put("content", p);
                    n.put("done", false);
                    out.write((n + "\n").getBytes(StandardCharsets.UTF_8));
                    break;
                case GEMINI:
                    candidate(n, p, i == pieces.size() - 1 ? "STOP" : null);
                    if (i == pieces.size() - 1) {
                        n.putObject("usageMetadata").put("promptTokenCount", in).put("candidatesTokenCount", outTokens);
                    }
                    n.put("modelVersion", model);
                    out.write(("data: " + n + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                    break;
                default:
                    n.put("id", "chatcmpl-standin").put("object", "chat.completion.chunk").put("model", model);
                    ObjectNode choice = n.putArray("choices").addObject();
                    choice.put("index", 0);
                    choice.putObject("delta").put("content", p);
                    choice.putNull("finish_reason");
                    out.write(("data: " + n + "\n\n").getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
        }
        if (protocol == Protocol.OLLAMA) {
            ObjectNode n = JSON.createObjectNode().put("model", model);
            n.putObject("message").put("role", "assistant").put("content", "");
            n.put("done_reason", "stop").put("done", true).put("prompt_eval_count", in).put("eval_count", outTokens);
            out.write((n + "\n").getBytes(StandardCharsets.UTF_8));
        } else if (protocol == Protocol.OPENAI) {
            ObjectNode stop = JSON.createObjectNode().put("id", "chatcmpl-standin").put("object", "chat.completion.chunk").put("model", model);
            ObjectNode choice = stop.putArray("choices").addObject();
            choice.put("index", 0).putObject("delta");
            choice.put("finish_reason", "stop");
            ObjectNode usage = JSON.createObjectNode().put("id", "chatcmpl-standin").put("object", "chat.completion.chunk").put("model", model);
            usage.putArray("choices");
            usage.putObject("usage").put("prompt_tokens", in).put("completion_tokens", outTokens).put("total_tokens", in + outTokens);
            out.write(("data: " + stop + "\n\ndata: " + usage + "\n\ndata: [DONE]\n\n").getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    private static String headers(HttpExchange ex) {
        StringBuilder out = new StringBuilder();
        ex.getRequestHeaders().forEach((name, values) -> values.forEach(v -> out.append(name).append(": ").append(v).append("; ")));
        return out.toString().strip();
    }

    private List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        if (chunkChars > 0) {
            for (int i = 0; i < text.length(); i += chunkChars) {
                out.add(text.substring(i, Math.min(text.length(), i + chunkChars)));
            }
            return out.isEmpty() ? List.of("") : out;
        }
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                out.add(text.substring(start, i));
                start = i;
            }
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String errorBody(Protocol protocol, int status, String message) {
        ObjectNode n = JSON.createObjectNode();
        switch (protocol) {
            case OLLAMA:
                n.put("error", message);
                break;
            case GEMINI:
                n.putObject("error").put("code", status).put("message", message).put("status", status == 429 ? "RESOURCE_EXHAUSTED"
                        : status == 503 ? "UNAVAILABLE" : status == 401 ? "UNAUTHENTICATED" : status >= 500 ? "INTERNAL" : "INVALID_ARGUMENT");
                break;
            default:
                ObjectNode e = n.putObject("error").put("message", message)
                        .put("type", status == 429 ? "requests" : status >= 500 ? "server_error" : "invalid_request_error");
                e.putNull("param");
                e.put("code", status == 429 ? "rate_limit_exceeded" : status == 401 ? "invalid_api_key" : null);
        }
        return n.toString();
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        LoopbackServer.sendJson(ex, status, body);
    }

    private static void sleep(Duration d) {
        LoopbackServer.sleep(d);
    }
}
