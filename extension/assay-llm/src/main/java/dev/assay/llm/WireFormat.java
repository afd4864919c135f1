package dev.assay.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;

/**
 * One protocol's JSON: how a request is written and a reply read, whole or streamed. Kept apart from
 * the transport so each protocol is a small class and the stand-in server can share nothing with it.
 */
interface WireFormat {

    ObjectMapper JSON = new ObjectMapper();

    /** The HTTP request: URL under {@code base}, headers (the key among them) and body. */
    HttpRequest.Builder request(URI base, String model, ChatRequest request, boolean stream, String apiKey);

    /** Reads a whole (non-streamed) reply. */
    Reply parse(String body) throws IOException;

    /** A fresh reader for one streamed reply. */
    StreamReader stream();

    /** The provider's own error text inside an error body, or the body itself. */
    default String errorText(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            JsonNode e = n.path("error");
            if (e.isTextual()) {
                return e.asText();
            }
            if (e.path("message").isTextual()) {
                return e.path("message").asText();
            }
        } catch (IOException | RuntimeException ignored) {
            // not JSON: the body itself is the best message there is
        }
        return body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }

    static WireFormat of(Protocol protocol) {
        switch (protocol) {
            case OLLAMA: return new OllamaWire();
            case GEMINI: return new GeminiWire();
            default: return new OpenAiWire();
        }
    }

    /**
     * The body OpenAI-compatible and Ollama chat APIs share: the model, and {@code messages} as
     * role/content pairs with the configured system prompt first.
     */
    static ObjectNode chatBody(String model, ChatRequest request) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", model);
        com.fasterxml.jackson.databind.node.ArrayNode messages = body.putArray("messages");
        if (request.options().system() != null) {
            messages.addObject().put("role", "system").put("content", request.options().system());
        }
        request.messages().forEach(m -> messages.addObject().put("role", m.role()).put("content", m.content()));
        return body;
    }

    static HttpRequest.Builder post(URI uri, ObjectNode body) {
        try {
            return HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write a request body", e);
        }
    }

    static Integer intOrNull(JsonNode n) {
        return n == null || !n.isNumber() ? null : n.asInt();
    }

    /** What a reply carried. */
    record Reply(String text, String model, Integer tokensIn, Integer tokensOut, String finishReason) {
    }

    /** Reads a streamed reply line by line. */
    interface StreamReader {
        /** Takes one line; returns the text it adds (empty when none). */
        String accept(String line) throws IOException;

        /** Whether the protocol's end-of-reply marker was seen; a stream that ends without it was cut off. */
        boolean complete();

        /** The whole reply, once complete. */
        Reply reply();
    }
}
