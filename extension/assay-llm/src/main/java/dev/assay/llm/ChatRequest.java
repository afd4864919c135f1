package dev.assay.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * {@code ChatRequest} is used to describe one call to a {@link ChatClient}: the conversation and its
 * {@link ChatOptions}. It is immutable; the {@code with…} methods return changed copies.
 *
 * <pre>{@code
 * ChatRequest req = ChatRequest.of("Classify the sentiment: " + c.text("sentence"))
 *         .withOptions(ChatOptions.defaults().temperature(0.0).maxTokens(5));
 * }</pre>
 *
 * @param messages the conversation, oldest turn first
 * @param options  sampling and output settings; unset ones come from the client's defaults
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ChatRequest(List<ChatMessage> messages, ChatOptions options) {

    /** Copies the messages so the request cannot change after it was hashed for a recording. */
    public ChatRequest {
        Objects.requireNonNull(messages, "messages");
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("A chat request needs at least one message");
        }
        messages = List.copyOf(messages);
        options = options == null ? ChatOptions.defaults() : options;
    }

    /** A request of one user message. */
    public static ChatRequest of(String prompt) {
        return new ChatRequest(List.of(ChatMessage.user(prompt)), ChatOptions.defaults());
    }

    /** A request of a whole conversation. */
    public static ChatRequest of(List<ChatMessage> messages) {
        return new ChatRequest(messages, ChatOptions.defaults());
    }

    /** This request with other options. */
    public ChatRequest withOptions(ChatOptions newOptions) {
        return new ChatRequest(messages, newOptions);
    }

    /** This request with its system prompt set. */
    public ChatRequest withSystem(String system) {
        return new ChatRequest(messages, options.system(system));
    }

    /** This request with a further message appended. */
    public ChatRequest with(ChatMessage message) {
        List<ChatMessage> all = new ArrayList<>(messages);
        all.add(message);
        return new ChatRequest(all, options);
    }

    /** The text of the last user message, for messages and for simple stand-in responders. */
    public String lastUserText() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role().equals("user")) {
                return messages.get(i).content();
            }
        }
        return "";
    }
}
