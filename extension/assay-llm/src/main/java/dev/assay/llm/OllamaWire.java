package dev.assay.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;

/** Ollama's native chat API: settings under {@code options}, streamed as one JSON object per line. */
final class OllamaWire implements WireFormat {

    @Override
    public HttpRequest.Builder request(URI base, String model, ChatRequest request, boolean stream, String apiKey) {
        ChatOptions o = request.options();
        ObjectNode body = WireFormat.chatBody(model, request);
        // Ollama streams unless told not to.
        body.put("stream", stream);
        if (o.jsonMode()) {
            body.put("format", "json");
        }
        ObjectNode options = body.putObject("options");
        if (o.temperature() != null) {
            options.put("temperature", o.temperature());
        }
        if (o.topP() != null) {
            options.put("top_p", o.topP());
        }
        if (o.topK() != null) {
            options.put("top_k", o.topK());
        }
        if (o.maxTokens() != null) {
            options.put("num_predict", o.maxTokens());
        }
        if (o.seed() != null) {
            options.put("seed", o.seed());
        }
        if (o.contextSize() != null) {
            options.put("num_ctx", o.contextSize());
        }
        HttpRequest.Builder b = WireFormat.post(URI.create(base + "/api/chat"), body);
        if (apiKey != null) {
            b.header("Authorization", "Bearer " + apiKey); // Ollama behind an authenticating proxy
        }
        return b;
    }

    @Override
    public Reply parse(String body) throws IOException {
        JsonNode n = JSON.readTree(body);
        JsonNode content = n.path("message").path("content");
        if (!content.isTextual()) {
            throw new IOException("reply has no message.content");
        }
        return new Reply(content.asText(), n.path("model").asText(null), WireFormat.intOrNull(n.get("prompt_eval_count")),
                WireFormat.intOrNull(n.get("eval_count")), n.path("done_reason").asText(null));
    }

    @Override
    public StreamReader stream() {
        return new StreamReader() {
            private final StringBuilder text = new StringBuilder();
            private Reply last;

            @Override
            public String accept(String line) throws IOException {
                if (line.isBlank()) {
                    return "";
                }
                JsonNode n = JSON.readTree(line);
                if (!n.isObject()) {
                    throw new IOException("stream line is not a JSON object");
                }
                if (n.has("error")) {
                    throw new IOException("error in stream: " + n.path("error").asText());
                }
                String delta = n.path("message").path("content").asText("");
                text.append(delta);
                if (n.path("done").asBoolean(false)) {
                    last = new Reply(text.toString(), n.path("model").asText(null), WireFormat.intOrNull(n.get("prompt_eval_count")),
                            WireFormat.intOrNull(n.get("eval_count")), n.path("done_reason").asText(null));
                }
                return delta;
            }

            @Override
            public boolean complete() {
                return last != null;
            }

            @Override
            public Reply reply() {
                return last;
            }
        };
    }
}
