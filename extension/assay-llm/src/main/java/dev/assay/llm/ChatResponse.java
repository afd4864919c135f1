package dev.assay.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.assay.api.Outcome;
import org.apiguardian.api.API;

/**
 * {@code ChatResponse} is used to read what a {@link ChatClient} call returned and how it went: the
 * text, latency, time to first token (streamed calls), token usage, attempts and cost.
 *
 * <p>{@link #recordTo(Outcome)} copies the measurements into the case record, so a benchmark
 * method needs one line to report them:
 *
 * <pre>{@code
 * ChatResponse r = llm.chat(ChatRequest.of(prompt));
 * r.recordTo(out);
 * out.predict(r.text().strip());
 * }</pre>
 *
 * @param text         the reply's text
 * @param model        the model that answered, as the provider named it (or as requested)
 * @param latencyMs    the successful attempt's duration in milliseconds (the recorded one when replayed)
 * @param ttftMs       time to first token in milliseconds for a streamed reply, else {@code null}
 * @param tokensIn     prompt tokens as the provider counted them, or {@code null} when not reported
 * @param tokensOut    output tokens as the provider counted them, or {@code null} when not reported
 * @param attempts     how many attempts the call took (1 when the first one succeeded)
 * @param costUsd      the call's cost from the configured prices, or {@code null} when none are set
 * @param finishReason why the model stopped ({@code stop}, {@code length}, ...), or {@code null}
 * @param origin       what produced the reply: {@code live} (a real provider) or {@code stand-in} (Assay's
 *                     local stand-in server), kept through recording and replay
 * @param replayed     whether the reply came from a recording instead of the provider
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ChatResponse(String text, String model, double latencyMs, Double ttftMs, Integer tokensIn,
                           Integer tokensOut, int attempts, Double costUsd, String finishReason, String origin, boolean replayed) {

    /** Output tokens per second of generation (after the first token when streamed), or {@code null}. */
    public Double tokensPerSecond() {
        if (tokensOut == null || tokensOut == 0) {
            return null;
        }
        double generationMs = ttftMs != null && latencyMs > ttftMs ? latencyMs - ttftMs : latencyMs;
        return generationMs <= 0 ? null : tokensOut * 1000.0 / generationMs;
    }

    /**
     * Copies latency, time to first token, token usage, attempts and (as score {@code cost_usd}) cost
     * into the case's outcome.
     */
    public ChatResponse recordTo(Outcome out) {
        out.latencyMs(latencyMs);
        if (ttftMs != null) {
            out.ttftMs(ttftMs);
        }
        if (tokensIn != null || tokensOut != null) {
            out.tokens(tokensIn == null ? 0 : tokensIn, tokensOut == null ? 0 : tokensOut);
        }
        out.attempts(attempts);
        if (costUsd != null) {
            out.score("cost_usd", costUsd);
        }
        return this;
    }

    /** This response with another attempt count (set by the retrying layer). */
    ChatResponse withAttempts(int n) {
        return new ChatResponse(text, model, latencyMs, ttftMs, tokensIn, tokensOut, n, costUsd, finishReason, origin, replayed);
    }

    /** This response with a cost (set from the configured prices). */
    ChatResponse withCost(Double cost) {
        return new ChatResponse(text, model, latencyMs, ttftMs, tokensIn, tokensOut, attempts, cost, finishReason, origin, replayed);
    }
}
