package dev.assay.llm;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.config.ScopedSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * {@code ProviderSettings} is used to hold one provider's configuration: where it is, which
 * environment variable holds its key, and how calls to it are timed out, retried, rate-limited and
 * priced. Each value is read from the JUnit configuration parameter
 * {@code assay.provider.NAME.KEY}, then {@code assay.provider.KEY} (a default for every provider),
 * then the built-in default; the keys are the {@code *_KEY} constants and {@code docs/providers.md}.
 *
 * <p>The key itself is never part of the settings: only the variable's name is.
 *
 * @param name              the provider's name ({@code groq})
 * @param protocol          the wire protocol
 * @param baseUrl           the API's base URL
 * @param apiKeyEnv         the environment variable holding the key, or {@code null} when none is needed
 * @param timeout           per-attempt timeout, from sending to the last byte
 * @param maxAttempts       attempts per call, the first included
 * @param backoff           the first retry's base delay; doubled per retry, with jitter
 * @param maxBackoff        the cap on one retry delay
 * @param maxRetryAfter     the cap on a delay asked for by {@code Retry-After}
 * @param requestsPerMinute request rate limit, 0 for none
 * @param tokensPerMinute   token rate limit (prompt + output), 0 for none
 * @param maxConcurrent     requests in flight at once to this provider
 * @param priceInPerMTok    USD per million prompt tokens, or {@code null}
 * @param priceOutPerMTok   USD per million output tokens, or {@code null}
 * @param stream            whether replies are streamed (needed for time to first token)
 */
@API(status = INTERNAL, since = "0.1")
public record ProviderSettings(String name, Protocol protocol, URI baseUrl, String apiKeyEnv, Duration timeout,
                               int maxAttempts, Duration backoff, Duration maxBackoff, Duration maxRetryAfter,
                               int requestsPerMinute, int tokensPerMinute, int maxConcurrent,
                               Double priceInPerMTok, Double priceOutPerMTok, boolean stream) {

    /** Prefix of every provider key. */
    public static final String PREFIX = "assay.provider.";
    /** {@code live} | {@code record} | {@code replay} | {@code auto}. */
    public static final String MODE_KEY = "assay.provider.mode";
    /** Folder of the recordings, relative to the project root. */
    public static final String RECORDINGS_KEY = "assay.provider.recordings";
    /** When {@code true}, a missing API key fails the test instead of aborting it. */
    public static final String REQUIRE_KEYS_KEY = "assay.provider.requireKeys";

    static final String BASE_URL = "baseUrl";
    static final String API_KEY_ENV = "apiKeyEnv";
    static final String PROTOCOL = "protocol";
    static final String TIMEOUT_MS = "timeoutMs";
    static final String MAX_ATTEMPTS = "maxAttempts";
    static final String BACKOFF_MS = "backoffMs";
    static final String MAX_BACKOFF_MS = "maxBackoffMs";
    static final String MAX_RETRY_AFTER_MS = "maxRetryAfterMs";
    static final String RPM = "requestsPerMinute";
    static final String TPM = "tokensPerMinute";
    static final String MAX_CONCURRENT = "maxConcurrent";
    static final String PRICE_IN = "priceInPerMTok";
    static final String PRICE_OUT = "priceOutPerMTok";
    static final String STREAM = "stream";

    private static final Map<String, String> DEFAULT_URLS = Map.of(
            "openai", "https://api.openai.com/v1",
            "groq", "https://api.groq.com/openai/v1",
            "xai", "https://api.x.ai/v1",
            "ollama", "http://localhost:11434",
            "gemini", "https://generativelanguage.googleapis.com/v1beta");

    private static final Map<String, String> DEFAULT_KEY_ENVS = Map.of(
            "openai", "OPENAI_API_KEY", "groq", "GROQ_API_KEY", "xai", "XAI_API_KEY", "gemini", "GEMINI_API_KEY");

    /**
     * Reads the settings of {@code spec}'s provider from configuration ({@code config} maps a full key to
     * its value, as {@code ExtensionContext::getConfigurationParameter} does).
     *
     * @throws IllegalArgumentException naming the key and the bad value
     */
    public static ProviderSettings load(ProviderSpec spec, Function<String, Optional<String>> config) {
        ScopedSettings r = new ScopedSettings(PREFIX, spec.name(), config);
        String url = spec.baseUrl() != null ? spec.baseUrl().toString()
                : r.string(BASE_URL).orElse(DEFAULT_URLS.get(spec.name()));
        if (url == null) {
            throw new IllegalArgumentException("Configuration error: provider [" + spec.name() + "] has no base URL; set ["
                    + PREFIX + spec.name() + "." + BASE_URL + "]");
        }
        url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String keyEnv = r.string(API_KEY_ENV).orElse(DEFAULT_KEY_ENVS.get(spec.name()));
        if (keyEnv != null && (keyEnv.isBlank() || keyEnv.equalsIgnoreCase("none"))) {
            keyEnv = null;
        }
        return new ProviderSettings(spec.name(), spec.protocol(), URI.create(url), keyEnv,
                Duration.ofMillis(r.number(TIMEOUT_MS, 60_000)),
                (int) Math.max(1, r.number(MAX_ATTEMPTS, 4)),
                Duration.ofMillis(r.number(BACKOFF_MS, 500)),
                Duration.ofMillis(r.number(MAX_BACKOFF_MS, 20_000)),
                Duration.ofMillis(r.number(MAX_RETRY_AFTER_MS, 60_000)),
                (int) r.number(RPM, 0),
                (int) r.number(TPM, 0),
                (int) Math.max(1, r.number(MAX_CONCURRENT, spec.protocol() == Protocol.OLLAMA ? 4 : 16)),
                r.decimal(PRICE_IN), r.decimal(PRICE_OUT),
                r.string(STREAM).map(v -> Boolean.parseBoolean(v.strip())).orElse(true));
    }

    /** The protocol configured for a custom provider name, if any. */
    static Optional<Protocol> configuredProtocol(String name, Function<String, Optional<String>> config) {
        return config.apply(PREFIX + name + "." + PROTOCOL).map(v -> ProviderSpec.protocolNamed(v, PREFIX + name + "." + PROTOCOL));
    }

    /** The cost of a call from its token counts, or {@code null} when no price is configured. */
    Double cost(Integer tokensIn, Integer tokensOut) {
        if (priceInPerMTok == null && priceOutPerMTok == null) {
            return null;
        }
        double in = tokensIn == null || priceInPerMTok == null ? 0 : tokensIn * priceInPerMTok;
        double out = tokensOut == null || priceOutPerMTok == null ? 0 : tokensOut * priceOutPerMTok;
        return (in + out) / 1_000_000.0;
    }

    @Override
    public String toString() {
        return name + " (" + protocol.name().toLowerCase(Locale.ROOT) + ", " + baseUrl + ")";
    }
}
