package dev.assay.inference;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.assay.api.CaseFailure;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * {@code InferenceException} is thrown by an {@link InferenceClient} when a call fails for good: after
 * its retries ran out, on a reply that is not the protocol's JSON, on an HTTP error the server will
 * not get over (a 400 about the request), or on a replay miss. The case is then recorded with
 * {@link #caseStatus()} ({@code error}, {@code timeout} or {@code unparseable}) and {@link #attempts()};
 * the message names the server, the model and every attempt's reason. Messages are masked.
 *
 * <pre>{@code
 * try { r = model.infer(features); }
 * catch (InferenceException e) { log(e.caseStatus() + " after " + e.attempts() + ": " + e.getMessage()); throw e; }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class InferenceException extends RuntimeException implements CaseFailure {

    private static final long serialVersionUID = 1L;

    /** The case-record status a failure maps to (the journal's {@code status} values). */
    public enum Status {
        /** The server failed: HTTP error, connection error, replay miss. */
        ERROR,
        /** The server did not answer within the per-request timeout. */
        TIMEOUT,
        /** The server answered something that is not the protocol's JSON. */
        UNPARSEABLE
    }

    private final Status status;
    private final int attempts;
    private final boolean retryable;
    private final int httpStatus;
    private final long retryAfterMillis;

    /**
     * A failure.
     *
     * @param httpStatus       the HTTP status, or -1 when there was no HTTP answer
     * @param retryAfterMillis the delay the server asked for in {@code Retry-After}, or -1 when none
     */
    public InferenceException(String message, Status status, int attempts, boolean retryable, int httpStatus,
                              long retryAfterMillis, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.attempts = attempts;
        this.retryable = retryable;
        this.httpStatus = httpStatus;
        this.retryAfterMillis = retryAfterMillis;
    }

    /** The status this failure maps to. */
    public Status status() {
        return status;
    }

    @Override
    public String caseStatus() {
        return status.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public int attempts() {
        return attempts;
    }

    /** Whether another attempt could succeed (429, 5xx, connection failures, timeouts, garbled replies). */
    public boolean retryable() {
        return retryable;
    }

    /** The HTTP status the server answered with, or -1 when it did not answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The delay the server asked for in {@code Retry-After}, or -1 when it sent none. */
    public long retryAfterMillis() {
        return retryAfterMillis;
    }

    /** The same failure after {@code n} attempts, with the retry history appended to the message. */
    InferenceException afterAttempts(int n, String history) {
        InferenceException e = new InferenceException(getMessage() + history, status, n, retryable, httpStatus,
                retryAfterMillis, getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }
}
