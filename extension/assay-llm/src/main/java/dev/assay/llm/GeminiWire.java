package dev.assay.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;

/**
 * Google's Gemini API. The key goes in the {@code x-goog-api-key} header, never in the URL's
 * {@code key=} parameter, so it cannot leak through logged or recorded URLs.
 */
final class GeminiWire implements WireFormat {

    @Override
    public HttpRequest.Builder request(URI base, String model, ChatRequest request, boolean stream, String apiKey) {
        ChatOptions o = request.options();
        ObjectNode body = JSON.createObjectNode();
        if (o.system() != null || request.messages().stream().anyMatch(m -> m.role().equals("system"))) {
            ArrayNode parts = body.putObject("systemInstruction").putArray("parts");
            if (o.system() != null) {
                parts.addObject().put("text", o.system());
            }
            request.messages().stream().filter(m -> m.role().equals("system"))
                    .forEach(m -> parts.addObject().put("text", m.content()));
        }
        ArrayNode contents = body.putArray("contents");
        request.messages().stream().filter(m -> !m.role().equals("system")).forEach(m ->
                contents.addObject().put("role", m.role().equals("assistant") ? "model" : "user")
                        .putArray("parts").addObject().put("text", m.content()));
        ObjectNode config = body.putObject("generationConfig");
        if (o.temperature() != null) {
            config.put("temperature", o.temperature());
        }
        if (o.topP() != null) {
            config.put("topP", o.topP());
        }
        if (o.topK() != null) {
            config.put("topK", o.topK());
        }
        if (o.maxTokens() != null) {
            config.put("maxOutputTokens", o.maxTokens());
        }
        if (o.seed() != null) {
            config.put("seed", o.seed());
        }
        if (o.jsonMode()) {
            config.put("responseMimeType", "application/json");
        }
        String path = "/models/" + model + (stream ? ":streamGenerateContent?alt=sse" : ":generateContent");
        HttpRequest.Builder b = WireFormat.post(URI.create(base + path), body);
        if (apiKey != null) {
            b.header("x-goog-api-key", apiKey);
        }
        return b;
    }

    @Override
    public Reply parse(String body) throws IOException {
        JsonNode n = JSON.readTree(body);
        Reply r = read(n);
        if (r.text() == null) {
            throw new IOException("reply has no candidates[0].content.parts[].text");
        }
        return r;
    }

    private static Reply read(JsonNode n) throws IOException {
        if (!n.isObject()) {
            throw new IOException("reply is not a JSON object");
        }
        JsonNode candidate = n.path("candidates").path(0);
        JsonNode parts = candidate.path("content").path("parts");
        String text = null;
        if (parts.isArray()) {
            StringBuilder sb = new StringBuilder();
            parts.forEach(p -> sb.append(p.path("text").asText("")));
            text = sb.toString();
        }
        JsonNode usage = n.path("usageMetadata");
        return new Reply(text, n.path("modelVersion").asText(null), WireFormat.intOrNull(usage.get("promptTokenCount")),
                WireFormat.intOrNull(usage.get("candidatesTokenCount")), candidate.path("finishReason").asText(null));
    }

    @Override
    public StreamReader stream() {
        return new StreamReader() {
            private final StringBuilder text = new StringBuilder();
            private Reply last;
            private String finish;

            @Override
            public String accept(String line) throws IOException {
                if (!line.startsWith("data:")) {
                    if (line.isBlank() || line.startsWith(":") || line.startsWith("event:") || line.startsWith("id:")) {
                        return "";
                    }
                    throw new IOException("not a server-sent event line");
                }
                Reply chunk = read(JSON.readTree(line.substring(5).strip()));
                String delta = chunk.text() == null ? "" : chunk.text();
                text.append(delta);
                if (chunk.finishReason() != null) {
                    finish = chunk.finishReason();
                }
                last = new Reply(text.toString(), chunk.model(), chunk.tokensIn() != null ? chunk.tokensIn() : last == null ? null : last.tokensIn(),
                        chunk.tokensOut() != null ? chunk.tokensOut() : last == null ? null : last.tokensOut(), finish);
                return delta;
            }

            @Override
            public boolean complete() {
                // Gemini's stream has no end marker: the last chunk carries the finish reason.
                return finish != null;
            }

            @Override
            public Reply reply() {
                return last;
            }
        };
    }
}
