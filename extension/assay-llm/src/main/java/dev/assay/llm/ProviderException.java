package dev.assay.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * {@code ProviderException} is thrown by a {@link ChatClient} when a call fails for good: after its
 * retries ran out, on a reply that is not the protocol's JSON, or on a replay miss. {@link #status()}
 * says which case-record status the failure maps to, {@link #attempts()} how many attempts were made.
 * Messages never contain an API key: they are redacted before the exception is built.
 *
 * <pre>{@code
 * try { r = llm.chat(req); }
 * catch (ProviderException e) { log(e.status() + " after " + e.attempts() + " attempts: " + e.getMessage()); throw e; }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class ProviderException extends RuntimeException implements dev.assay.api.CaseFailure {

    private static final long serialVersionUID = 1L;

    /** The case-record status a failure maps to (the journal's {@code status} values). */
    public enum Status {
        /** The provider failed: HTTP error, connection error, replay miss. */
        ERROR,
        /** The provider did not answer within the per-request timeout. */
        TIMEOUT,
        /** The provider answered something that is not the protocol's JSON. */
        UNPARSEABLE;

        /** The status as the journal writes it ({@code error}, {@code timeout}, {@code unparseable}). */
        public String journalName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Status status;
    private final int attempts;
    private final boolean retryable;

    /** A failure with its status, attempt count and whether another attempt could succeed. */
    public ProviderException(String message, Status status, int attempts, boolean retryable, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.attempts = attempts;
        this.retryable = retryable;
    }

    /** The case-record status this failure maps to. */
    public Status status() {
        return status;
    }

    /** How many attempts were made before giving up (0 for a replay miss). */
    public int attempts() {
        return attempts;
    }

    /** Whether the failure is transient (429, 5xx, connection, timeout, garbled reply). */
    @Override
    public String caseStatus() {
        return status.journalName();
    }

    public boolean retryable() {
        return retryable;
    }

    /** The same failure after {@code n} attempts, with the retry history appended to the message. */
    ProviderException afterAttempts(int n, String history) {
        ProviderException e = new ProviderException(getMessage() + history, status, n, retryable, getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }
}
