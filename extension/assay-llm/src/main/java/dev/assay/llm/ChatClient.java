package dev.assay.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * {@code ChatClient} is used to call a chat model: Ollama, Gemini, or any OpenAI-compatible API
 * (OpenAI, Groq, xAI Grok, vLLM, llama.cpp server, LM Studio). A benchmark method receives one through
 * a parameter annotated {@link Provider @Provider}; Assay creates it once per provider spec, applies
 * timeouts, retries, rate limits and the record/replay mode, and closes it after the run.
 *
 * <pre>{@code
 * @BenchmarkTest(model = "gemma3", task = Task.CLASSIFICATION)
 * void gemma(BenchmarkCase c, Outcome out, @Provider("ollama:gemma3:4b") ChatClient llm) {
 *     ChatResponse r = llm.chat("Answer positive or negative: " + c.text("sentence"));
 *     r.recordTo(out);
 *     out.predict(r.text().strip().toLowerCase());
 * }
 * }</pre>
 *
 * <p>Implementations are thread-safe: cases may run concurrently.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ChatClient extends AutoCloseable {

    /**
     * Sends the request and waits for the whole reply.
     *
     * @throws ProviderException when the call fails for good (after retries), times out, returns
     *                           something that is not the protocol's JSON, or (replay) was never recorded
     */
    ChatResponse chat(ChatRequest request);

    /** Sends one user message. */
    default ChatResponse chat(String prompt) {
        return chat(ChatRequest.of(prompt));
    }

    /** The provider spec this client serves ({@code ollama:gemma3:4b}). */
    ProviderSpec spec();

    /** Releases connections; a no-op by default. */
    @Override
    default void close() {
    }
}
