package dev.assay.inference;

import java.io.IOException;

/**
 * One model on a live server, over the protocol's REST endpoints: health, server and model metadata,
 * and inference, each attempt made through the {@link Retrier} (limits, retries, backoff).
 */
final class LiveModel {

    /** A probe's answer: whether the endpoint said yes, and what it said otherwise. */
    record Probe(boolean ok, String detail) {
    }

    private final InferenceSettings settings;
    private final HttpAttempt http;
    private final Retrier retrier;

    LiveModel(InferenceSettings settings, HttpAttempt http, Retrier retrier) {
        this.settings = settings;
        this.http = http;
        this.retrier = retrier;
    }

    /**
     * A health endpoint ({@code health/live}, {@code health/ready}, {@code models/M/ready}): 200 is yes,
     * another 4xx is no (as the protocol says); 429, 5xx and connection failures are retried, then thrown.
     */
    Probe probe(String path) {
        return retrier.call(() -> {
            HttpAttempt.Reply r = http.get(path);
            if (r.status() == 200) {
                return new Probe(true, null);
            }
            if (HttpAttempt.isTransient(r.status())) {
                throw http.httpError("GET", path, r);
            }
            String text = WireJson.errorText(r.body());
            return new Probe(false, "HTTP " + r.status() + (text.isEmpty() ? "" : ": " + text));
        }).value();
    }

    /** What the server says about itself ({@code GET /v2}); {@code null} when it does not say (an optional endpoint). */
    WireJson.ServerInfo server() {
        return retrier.call(() -> {
            HttpAttempt.Reply r = http.get("");
            if (r.status() != 200) {
                if (HttpAttempt.isTransient(r.status())) {
                    throw http.httpError("GET", "", r);
                }
                return (WireJson.ServerInfo) null;
            }
            try {
                return WireJson.server(r.body());
            } catch (IOException e) {
                return null;
            }
        }).value();
    }

    /** The model's metadata; an HTTP error or a reply that is not metadata is thrown. */
    Described metadata() {
        String path = settings.modelPath();
        return retrier.call(() -> {
            HttpAttempt.Reply r = http.get(path);
            if (r.status() != 200) {
                throw http.httpError("GET", path, r);
            }
            try {
                return new Described(WireJson.metadata(r.body()), r.standIn() ? "stand-in" : "live");
            } catch (IOException e) {
                throw http.unparseable("GET", path, e.getMessage(), r.body());
            }
        }).value();
    }

    /** One inference, retried as configured; the response says how many attempts it took and whether the stand-in answered. */
    Answered infer(String requestJson) {
        String path = settings.modelPath() + "/infer";
        Retrier.Attempted<Answered> a = retrier.call(() -> {
            HttpAttempt.Reply r = http.post(path, requestJson);
            if (r.status() != 200) {
                throw http.httpError("POST", path, r);
            }
            try {
                WireJson.Outputs o = WireJson.response(r.body());
                return new Answered(new InferenceResponse(o.model() != null ? o.model() : settings.model(), o.modelVersion(),
                        o.tensors(), r.latencyMs(), 1, false), r.standIn() ? "stand-in" : "live");
            } catch (IOException e) {
                throw http.unparseable("POST", path, e.getMessage(), r.body());
            }
        });
        return new Answered(a.value().response().withAttempts(a.attempts()), a.value().origin());
    }

    /** A live response and who gave it ({@code live}, or {@code stand-in} for the test kit's server). */
    record Answered(InferenceResponse response, String origin) {
    }

    /** Model metadata and who gave it. */
    record Described(ModelMetadata metadata, String origin) {
    }
}
