package dev.assay.llm;

/**
 * {@code Protocol} is used to name the wire protocol a provider speaks; one client implementation
 * serves every provider of a protocol.
 */
public enum Protocol {
    /** The OpenAI chat completions API ({@code POST /chat/completions}): OpenAI, Groq, xAI, vLLM, llama.cpp, LM Studio. */
    OPENAI,
    /** Ollama's native API ({@code POST /api/chat}). */
    OLLAMA,
    /** Google's Gemini API ({@code POST /models/{model}:generateContent}). */
    GEMINI
}
