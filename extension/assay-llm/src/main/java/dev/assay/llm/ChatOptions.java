package dev.assay.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * {@code ChatOptions} is used to set the sampling and output settings of a call: temperature,
 * top-p, top-k, maximum output tokens, seed, context size, system prompt and JSON mode. A
 * {@code null} field means "the provider's default"; {@link #orElse(ChatOptions)} fills the unset
 * fields from defaults (those of {@link Provider @Provider}), so a request overrides only what it names.
 *
 * <p>Not every protocol has every setting: OpenAI-compatible APIs have no top-k or context size,
 * so those are not sent there (see {@code docs/providers.md}).
 *
 * <pre>{@code
 * ChatOptions.defaults().temperature(0.0).seed(42L).maxTokens(256).json(true)
 * }</pre>
 *
 * @param temperature sampling temperature
 * @param topP        nucleus sampling mass
 * @param topK        top-k sampling (Ollama, Gemini)
 * @param maxTokens   maximum output tokens
 * @param seed        sampling seed, where the provider honours one
 * @param contextSize context window in tokens (Ollama's {@code num_ctx})
 * @param system      a system prompt put before the conversation
 * @param json        whether the reply must be a JSON object (JSON mode)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ChatOptions(Double temperature, Double topP, Integer topK, Integer maxTokens, Long seed,
                          Integer contextSize, String system, Boolean json) {

    private static final ChatOptions NONE = new ChatOptions(null, null, null, null, null, null, null, null);

    /** No setting: every value is the provider's default. */
    public static ChatOptions defaults() {
        return NONE;
    }

    /** These options with the given temperature. */
    public ChatOptions temperature(double value) {
        return new ChatOptions(value, topP, topK, maxTokens, seed, contextSize, system, json);
    }

    /** These options with the given top-p. */
    public ChatOptions topP(double value) {
        return new ChatOptions(temperature, value, topK, maxTokens, seed, contextSize, system, json);
    }

    /** These options with the given top-k. */
    public ChatOptions topK(int value) {
        return new ChatOptions(temperature, topP, value, maxTokens, seed, contextSize, system, json);
    }

    /** These options with the given maximum number of output tokens. */
    public ChatOptions maxTokens(int value) {
        return new ChatOptions(temperature, topP, topK, value, seed, contextSize, system, json);
    }

    /** These options with the given seed. */
    public ChatOptions seed(long value) {
        return new ChatOptions(temperature, topP, topK, maxTokens, value, contextSize, system, json);
    }

    /** These options with the given context size. */
    public ChatOptions contextSize(int value) {
        return new ChatOptions(temperature, topP, topK, maxTokens, seed, value, system, json);
    }

    /** These options with the given system prompt. */
    public ChatOptions system(String value) {
        return new ChatOptions(temperature, topP, topK, maxTokens, seed, contextSize, value, json);
    }

    /** These options with JSON mode on or off. */
    public ChatOptions json(boolean value) {
        return new ChatOptions(temperature, topP, topK, maxTokens, seed, contextSize, system, value);
    }

    /** These options, with each unset value taken from {@code fallback}. */
    public ChatOptions orElse(ChatOptions fallback) {
        return new ChatOptions(
                temperature != null ? temperature : fallback.temperature,
                topP != null ? topP : fallback.topP,
                topK != null ? topK : fallback.topK,
                maxTokens != null ? maxTokens : fallback.maxTokens,
                seed != null ? seed : fallback.seed,
                contextSize != null ? contextSize : fallback.contextSize,
                system != null ? system : fallback.system,
                json != null ? json : fallback.json);
    }

    /** Whether JSON mode is on. */
    public boolean jsonMode() {
        return Boolean.TRUE.equals(json);
    }
}
