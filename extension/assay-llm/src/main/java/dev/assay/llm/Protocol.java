package dev.assay.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * {@code Protocol} is used to name the wire protocol a provider speaks; one client implementation
 * serves every provider of a protocol.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Protocol {
    /** The OpenAI chat completions API ({@code POST /chat/completions}): OpenAI, Groq, xAI, vLLM, llama.cpp, LM Studio. */
    OPENAI,
    /** Ollama's native API ({@code POST /api/chat}). */
    OLLAMA,
    /** Google's Gemini API ({@code POST /models/{model}:generateContent}). */
    GEMINI
}
