package dev.assay.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Calls the provider under its limits and retries transient failures (429, 5xx, connection errors,
 * timeouts, garbled replies) with exponential backoff and jitter, or after exactly the delay the
 * provider asked for in {@code Retry-After}. When the attempts run out, the last failure is thrown
 * with every attempt's reason appended, so the case record says what happened.
 */
final class RetryingChatClient {

    /** Sleeping is a seam so tests can observe delays without waiting. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final HttpChatClient http;
    private final ProviderSettings settings;
    private final ProviderLimits limits;
    private final Sleeper sleeper;

    RetryingChatClient(HttpChatClient http, ProviderSettings settings, ProviderLimits limits, Sleeper sleeper) {
        this.http = http;
        this.settings = settings;
        this.limits = limits;
        this.sleeper = sleeper;
    }

    ChatResponse chat(ChatRequest request) {
        List<String> history = new ArrayList<>();
        int estimate = ProviderLimits.estimate(request);
        for (int attempt = 1; ; attempt++) {
            ProviderException failure;
            try {
                limits.acquire(estimate);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProviderException("Interrupted while waiting for the rate limit of [" + settings.name() + "]",
                        ProviderException.Status.ERROR, attempt - 1, false, e);
            }
            try {
                ChatResponse r = http.attempt(request);
                limits.used(estimate, r.tokensIn(), r.tokensOut());
                return r.withAttempts(attempt).withCost(settings.cost(r.tokensIn(), r.tokensOut()));
            } catch (ProviderException e) {
                failure = e;
            } finally {
                limits.release();
            }
            history.add(shortReason(failure));
            if (!failure.retryable() || attempt >= settings.maxAttempts()) {
                String note = attempt == 1 ? "" : " [gave up after " + attempt + " attempts: " + String.join("; ", history) + "]";
                throw failure.afterAttempts(attempt, note);
            }
            try {
                sleeper.sleep(delayMillis(attempt, failure));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure.afterAttempts(attempt, " [interrupted while waiting to retry]");
            }
        }
    }

    /** Retry-After when the provider sent one (capped), else base * 2^(n-1), capped, with half of it jittered. */
    long delayMillis(int attempt, ProviderException failure) {
        if (failure instanceof ProviderHttpException && ((ProviderHttpException) failure).retryAfterMillis() >= 0) {
            return Math.min(((ProviderHttpException) failure).retryAfterMillis(), settings.maxRetryAfter().toMillis());
        }
        long exp = settings.backoff().toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(exp, settings.maxBackoff().toMillis());
        // Equal jitter: at least half the delay (so retries do back off), the rest random (so clients spread out).
        return capped / 2 + (capped / 2 > 0 ? ThreadLocalRandom.current().nextLong(capped / 2 + 1) : 0);
    }

    private static String shortReason(ProviderException e) {
        if (e instanceof ProviderHttpException) {
            return "HTTP " + ((ProviderHttpException) e).httpStatus();
        }
        String m = e.getMessage();
        int colon = m.indexOf(": ", m.indexOf("] ") + 2);
        String reason = colon >= 0 ? m.substring(colon + 2) : m;
        return e.status().journalName() + " (" + (reason.length() > 80 ? reason.substring(0, 80) + "…" : reason) + ")";
    }
}
