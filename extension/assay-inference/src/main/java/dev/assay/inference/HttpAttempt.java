package dev.assay.inference;

import dev.assay.http.RetryAfter;
import dev.assay.secrets.SecretMasker;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP exchange with an Open Inference Protocol server: sends it, enforces the timeout on the whole
 * exchange (the JDK's request timeout covers only the headers), and turns connection failures and
 * timeouts into retryable {@link InferenceException}s. What a status code means is the caller's to say.
 */
final class HttpAttempt {

    /** Sent by the test kit's stand-in server, so recordings made from it say so. */
    static final String STAND_IN_HEADER = "X-Assay-Stand-In";

    /** An answered exchange; {@code standIn} when the stand-in server answered it. */
    record Reply(int status, String body, long retryAfterMillis, double latencyMs, boolean standIn) {
    }

    private final InferenceSettings settings;
    private final String token;
    private final HttpClient http;

    HttpAttempt(InferenceSettings settings, String token, HttpClient http) {
        this.settings = settings;
        this.token = token;
        this.http = http;
    }

    /** {@code GET /v2/PATH} ({@code path} empty for the server's own metadata). */
    Reply get(String path) {
        return send(request(path).GET().build());
    }

    /** {@code POST /v2/PATH} with a JSON body. */
    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private HttpRequest.Builder request(String path) {
        URI uri = URI.create(settings.requireBaseUrl() + "/v2" + (path.isEmpty() ? "" : "/" + path));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Reply send(HttpRequest request) {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> future = http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = future.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            long retryAfter = response.headers().firstValue("Retry-After").map(RetryAfter::millis).orElse(-1L);
            return new Reply(response.statusCode(), response.body(), retryAfter, (System.nanoTime() - start) / 1e6,
                    response.headers().firstValue(STAND_IN_HEADER).isPresent());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timeout(request);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new InferenceException(message(settings, request, "interrupted"), InferenceException.Status.ERROR, 1, false, -1, -1, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw timeout(request);
            }
            String what = cause instanceof IOException ? "connection failed" : "request failed";
            throw new InferenceException(message(settings, request, what + ": " + cause), InferenceException.Status.ERROR, 1,
                    cause instanceof IOException, -1, -1, cause);
        }
    }

    private InferenceException timeout(HttpRequest request) {
        return new InferenceException(message(settings, request, "no complete reply within " + settings.timeout().toMillis()
                + " ms (" + InferenceSettings.PREFIX + settings.name() + "." + InferenceSettings.TIMEOUT_MS + ")"),
                InferenceException.Status.TIMEOUT, 1, true, -1, -1, null);
    }

    /** A failed exchange as an exception: the server's own error text (masked before it is cut), retryable when transient. */
    InferenceException httpError(String method, String path, Reply reply) {
        String text = SecretMasker.mask(WireJson.errorText(reply.body()));
        return new InferenceException(message(settings, method, path, "HTTP " + reply.status() + ": "
                + (text.length() > 500 ? text.substring(0, 500) + "…" : text)),
                InferenceException.Status.ERROR, 1, isTransient(reply.status()), reply.status(), reply.retryAfterMillis(), null);
    }

    /** A reply that is not the protocol's JSON (masked before it is cut). */
    InferenceException unparseable(String method, String path, String problem, String body) {
        String masked = body == null ? "" : SecretMasker.mask(body);
        String shown = masked.length() > 200 ? masked.substring(0, 200) + "…" : masked;
        return new InferenceException(message(settings, method, path, "reply is not the protocol's JSON (" + problem + "): ["
                + shown + "]"), InferenceException.Status.UNPARSEABLE, 1, true, -1, -1, null);
    }

    /** 408, 429 and 5xx are worth another attempt; other 4xx are about the request or the model. */
    static boolean isTransient(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    private static String message(InferenceSettings settings, HttpRequest request, String what) {
        return SecretMasker.mask("[" + settings.name() + ": " + settings.modelLabel() + "] " + request.method() + " "
                + request.uri() + ": " + what);
    }

    private static String message(InferenceSettings settings, String method, String path, String what) {
        return SecretMasker.mask("[" + settings.name() + ": " + settings.modelLabel() + "] " + method + " "
                + settings.requireBaseUrl() + "/v2" + (path.isEmpty() ? "" : "/" + path) + ": " + what);
    }

}
