package dev.assay.inference;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.config.ScopedSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * {@code InferenceSettings} is used to hold one server's configuration and the model asked of it: where
 * it is, which environment variable holds its bearer token, and how calls are timed out, retried and
 * limited. Each value is read from the JUnit configuration parameter {@code assay.inference.NAME.KEY},
 * then {@code assay.inference.KEY} (a default for every server), then the built-in default; the keys are
 * the {@code *_KEY} constants and the README's configuration table.
 *
 * <p>The token itself is never part of the settings: only the variable's name is.
 *
 * @param name          the server's name ({@code custom} for an explicit URL)
 * @param baseUrl       the server's base URL (without {@code /v2}), or {@code null} when none is configured
 * @param model         the model's name
 * @param version       the model version to call, or {@code null} for the server's choice
 * @param tokenEnv      the environment variable holding a bearer token, or {@code null} when none is sent
 * @param timeout       per-attempt timeout, from sending to the last byte
 * @param maxAttempts   attempts per call, the first included
 * @param backoff       the first retry's base delay; doubled per retry, with jitter
 * @param maxBackoff    the cap on one retry delay
 * @param maxRetryAfter the cap on a delay asked for by {@code Retry-After}
 * @param maxConcurrent requests in flight at once to this server
 */
@API(status = INTERNAL, since = "0.1")
public record InferenceSettings(String name, URI baseUrl, String model, String version, String tokenEnv, Duration timeout,
                                int maxAttempts, Duration backoff, Duration maxBackoff, Duration maxRetryAfter,
                                int maxConcurrent) {

    /** Prefix of every key. */
    public static final String PREFIX = "assay.inference.";
    /** {@code live} | {@code record} | {@code replay} | {@code auto}. */
    public static final String MODE_KEY = PREFIX + "mode";
    /** Folder of the recordings, relative to the project root. */
    public static final String RECORDINGS_KEY = PREFIX + "recordings";

    static final String BASE_URL = "baseUrl";
    static final String MODEL = "model";
    static final String TOKEN_ENV = "tokenEnv";
    static final String TIMEOUT_MS = "timeoutMs";
    static final String MAX_ATTEMPTS = "maxAttempts";
    static final String BACKOFF_MS = "backoffMs";
    static final String MAX_BACKOFF_MS = "maxBackoffMs";
    static final String MAX_RETRY_AFTER_MS = "maxRetryAfterMs";
    static final String MAX_CONCURRENT = "maxConcurrent";

    /**
     * Reads the settings for {@code spec} ({@code config} maps a full key to its value, as
     * {@code ExtensionContext::getConfigurationParameter} does). A missing base URL is allowed here, since
     * replay needs none; {@link #requireBaseUrl()} says what to set.
     *
     * @throws IllegalArgumentException naming the key and the bad value
     */
    public static InferenceSettings load(InferenceSpec spec, String version, Function<String, Optional<String>> config) {
        // The default server reads only the shared keys.
        ScopedSettings r = new ScopedSettings(PREFIX, spec.name().equals(InferenceSpec.DEFAULT) ? null : spec.name(), config);
        String model = spec.model() != null ? spec.model() : r.string(MODEL).orElse(null);
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("Configuration error: @Inference [" + spec + "] names no model; write it as "
                    + "[NAME:MODEL] or [v2+http://HOST:PORT#MODEL], or set [" + r.key(MODEL) + "]");
        }
        String url = spec.baseUrl() != null ? spec.baseUrl().toString() : r.string(BASE_URL).orElse(null);
        URI baseUrl = null;
        if (url != null) {
            url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            url = url.endsWith("/v2") ? url.substring(0, url.length() - 3) : url;
            try {
                baseUrl = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Configuration error: [" + r.key(BASE_URL) + "] is [" + url
                        + "], which is not a URL; expected e.g. [http://127.0.0.1:8000]", e);
            }
        }
        String tokenEnv = r.string(TOKEN_ENV).filter(v -> !v.isBlank() && !v.equalsIgnoreCase("none")).orElse(null);
        return new InferenceSettings(spec.name(), baseUrl, model.strip(), version == null || version.isBlank() ? null : version.strip(),
                tokenEnv,
                Duration.ofMillis(r.number(TIMEOUT_MS, 30_000)),
                (int) Math.max(1, r.number(MAX_ATTEMPTS, 4)),
                Duration.ofMillis(r.number(BACKOFF_MS, 200)),
                Duration.ofMillis(r.number(MAX_BACKOFF_MS, 10_000)),
                Duration.ofMillis(r.number(MAX_RETRY_AFTER_MS, 60_000)),
                (int) Math.max(1, r.number(MAX_CONCURRENT, 16)));
    }

    /** The base URL; without one, a configuration error naming the key to set. */
    URI requireBaseUrl() {
        if (baseUrl == null) {
            throw new IllegalArgumentException("Configuration error: inference server [" + name + "] (model [" + model
                    + "]) has no base URL; set [" + PREFIX + (name.equals(InferenceSpec.DEFAULT) ? "" : name + ".") + BASE_URL
                    + "] (e.g. http://127.0.0.1:8000), write the URL into the spec (v2+http://HOST:PORT#" + model
                    + "), or run with -D" + MODE_KEY + "=replay to use recordings");
        }
        return baseUrl;
    }

    /** The model's path under {@code /v2}: {@code models/NAME} or {@code models/NAME/versions/V}. */
    String modelPath() {
        String m = java.net.URLEncoder.encode(model, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return "models/" + m + (version == null ? "" : "/versions/"
                + java.net.URLEncoder.encode(version, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The model as messages name it: {@code breast-cancer} or {@code breast-cancer (version 2)}. */
    String modelLabel() {
        return model + (version == null ? "" : " (version " + version + ")");
    }
}
