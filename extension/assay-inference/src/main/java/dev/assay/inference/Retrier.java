package dev.assay.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Makes attempts under the server's concurrency limit and retries transient failures (429, 5xx,
 * connection errors, timeouts, garbled replies) with exponential backoff and jitter, or after exactly
 * the delay the server asked for in {@code Retry-After}. When the attempts run out, the last failure
 * is thrown with every attempt's reason appended, so the case record says what happened.
 */
final class Retrier {

    /** Sleeping is a seam so a test could observe delays without waiting. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /** A value and how many attempts it took. */
    record Attempted<T>(T value, int attempts) {
    }

    private final InferenceSettings settings;
    private final Semaphore inFlight;
    private final Sleeper sleeper;

    Retrier(InferenceSettings settings, Semaphore inFlight, Sleeper sleeper) {
        this.settings = settings;
        this.inFlight = inFlight;
        this.sleeper = sleeper;
    }

    <T> Attempted<T> call(Supplier<T> attempt) {
        List<String> history = new ArrayList<>();
        for (int n = 1; ; n++) {
            InferenceException failure;
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InferenceException("Interrupted while waiting for a free slot of inference server [" + settings.name()
                        + "]", InferenceException.Status.ERROR, n - 1, false, -1, -1, e);
            }
            try {
                return new Attempted<>(attempt.get(), n);
            } catch (InferenceException e) {
                failure = e;
            } finally {
                inFlight.release();
            }
            history.add(shortReason(failure));
            if (!failure.retryable() || n >= settings.maxAttempts()) {
                throw failure.afterAttempts(n, n == 1 ? "" : " [gave up after " + n + " attempts: " + String.join("; ", history) + "]");
            }
            try {
                sleeper.sleep(delayMillis(n, failure));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure.afterAttempts(n, " [interrupted while waiting to retry]");
            }
        }
    }

    /** Retry-After when the server sent one (capped), else base * 2^(n-1), capped, with half of it jittered. */
    long delayMillis(int attempt, InferenceException failure) {
        if (failure.retryAfterMillis() >= 0) {
            return Math.min(failure.retryAfterMillis(), settings.maxRetryAfter().toMillis());
        }
        long exp = settings.backoff().toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(exp, settings.maxBackoff().toMillis());
        // Equal jitter: at least half the delay (so retries do back off), the rest random (so clients spread out).
        return capped / 2 + (capped / 2 > 0 ? ThreadLocalRandom.current().nextLong(capped / 2 + 1) : 0);
    }

    private static String shortReason(InferenceException e) {
        if (e.httpStatus() >= 0) {
            return "HTTP " + e.httpStatus();
        }
        String m = e.getMessage();
        int colon = m.indexOf(": ", m.indexOf("] ") + 2);
        String reason = colon >= 0 ? m.substring(colon + 2) : m;
        return e.caseStatus() + " (" + (reason.length() > 80 ? reason.substring(0, 80) + "…" : reason) + ")";
    }
}
