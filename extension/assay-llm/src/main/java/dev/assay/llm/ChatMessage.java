package dev.assay.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * {@code ChatMessage} is used to build the conversation of a {@link ChatRequest}: one turn with its
 * role ({@code system}, {@code user} or {@code assistant}) and text.
 *
 * <pre>{@code
 * ChatRequest.of(List.of(ChatMessage.user("Hi"), ChatMessage.assistant("Hello!"), ChatMessage.user("Refund?")));
 * }</pre>
 *
 * @param role    {@code system}, {@code user} or {@code assistant}
 * @param content the turn's text
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ChatMessage(String role, String content) {

    /** Checks the role so a typo fails here, not as an obscure HTTP 400 from the provider. */
    public ChatMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        if (!role.equals("system") && !role.equals("user") && !role.equals("assistant")) {
            throw new IllegalArgumentException("Unknown chat role [" + role + "]; use system, user or assistant");
        }
    }

    /** A user turn. */
    public static ChatMessage user(String content) {
        return new ChatMessage("user", content);
    }

    /** An assistant turn (a previous model reply in a multi-turn conversation). */
    public static ChatMessage assistant(String content) {
        return new ChatMessage("assistant", content);
    }

    /** A system turn. */
    public static ChatMessage system(String content) {
        return new ChatMessage("system", content);
    }
}
