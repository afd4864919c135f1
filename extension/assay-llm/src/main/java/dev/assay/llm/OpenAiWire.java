package dev.assay.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;

/** The OpenAI chat completions API, as OpenAI, Groq, xAI, vLLM, llama.cpp and LM Studio serve it. */
final class OpenAiWire implements WireFormat {

    @Override
    public HttpRequest.Builder request(URI base, String model, ChatRequest request, boolean stream, String apiKey) {
        ChatOptions o = request.options();
        ObjectNode body = WireFormat.chatBody(model, request);
        if (o.temperature() != null) {
            body.put("temperature", o.temperature());
        }
        if (o.topP() != null) {
            body.put("top_p", o.topP());
        }
        if (o.maxTokens() != null) {
            body.put("max_tokens", o.maxTokens());
        }
        if (o.seed() != null) {
            body.put("seed", o.seed());
        }
        if (o.jsonMode()) {
            body.putObject("response_format").put("type", "json_object");
        }
        if (stream) {
            body.put("stream", true);
            // Without it the stream carries no token usage.
            body.putObject("stream_options").put("include_usage", true);
        }
        HttpRequest.Builder b = WireFormat.post(URI.create(base + "/chat/completions"), body);
        if (apiKey != null) {
            b.header("Authorization", "Bearer " + apiKey);
        }
        return b;
    }

    @Override
    public Reply parse(String body) throws IOException {
        JsonNode n = JSON.readTree(body);
        JsonNode choice = n.path("choices").path(0);
        JsonNode content = choice.path("message").path("content");
        if (!content.isTextual()) {
            throw new IOException("reply has no choices[0].message.content");
        }
        JsonNode usage = n.path("usage");
        return new Reply(content.asText(), n.path("model").asText(null), WireFormat.intOrNull(usage.get("prompt_tokens")),
                WireFormat.intOrNull(usage.get("completion_tokens")), choice.path("finish_reason").asText(null));
    }

    @Override
    public StreamReader stream() {
        return new StreamReader() {
            private final StringBuilder text = new StringBuilder();
            private boolean done;
            private Integer in;
            private Integer out;
            private String finish;
            private String model;

            @Override
            public String accept(String line) throws IOException {
                if (!line.startsWith("data:")) {
                    if (line.isBlank() || line.startsWith(":") || line.startsWith("event:") || line.startsWith("id:")
                            || line.startsWith("retry:")) {
                        return ""; // the other server-sent-event fields
                    }
                    throw new IOException("not a server-sent event line");
                }
                String data = line.substring(5).strip();
                if (data.equals("[DONE]")) {
                    done = true;
                    return "";
                }
                JsonNode n = JSON.readTree(data);
                if (!n.isObject()) {
                    throw new IOException("stream chunk is not a JSON object");
                }
                model = n.path("model").asText(model);
                JsonNode usage = n.path("usage");
                if (usage.isObject()) {
                    in = WireFormat.intOrNull(usage.get("prompt_tokens"));
                    out = WireFormat.intOrNull(usage.get("completion_tokens"));
                }
                JsonNode choice = n.path("choices").path(0);
                if (choice.hasNonNull("finish_reason")) {
                    finish = choice.get("finish_reason").asText();
                }
                String delta = choice.path("delta").path("content").asText("");
                text.append(delta);
                return delta;
            }

            @Override
            public boolean complete() {
                return done;
            }

            @Override
            public Reply reply() {
                return new Reply(text.toString(), model, in, out, finish);
            }
        };
    }
}
