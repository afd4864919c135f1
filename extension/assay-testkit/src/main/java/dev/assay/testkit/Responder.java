package dev.assay.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.assay.llm.ChatMessage;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code Responder} is used to decide what the {@link StandInServer} answers: a deterministic
 * function of the model name and the conversation, so recordings made from it are reproducible.
 *
 * <pre>{@code
 * Responder sentiment = (model, messages) ->
 *         messages.get(messages.size() - 1).content().contains("great") ? "positive" : "negative";
 * }</pre>
 */
@FunctionalInterface
@API(status = EXPERIMENTAL, since = "0.1")
public interface Responder {

    /** The reply text for a conversation (system turns included, oldest first). */
    String reply(String model, List<ChatMessage> messages);
}
