package dev.assay.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * {@code ProviderHttpException} is thrown when a provider answers with an HTTP error status; it keeps
 * the status code and the provider's own error message (redacted), and, for 429 and 503, the
 * {@code Retry-After} delay the provider asked for.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class ProviderHttpException extends ProviderException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final long retryAfterMillis;

    /** A failed HTTP exchange; {@code retryAfterMillis} is negative when the provider sent none. */
    public ProviderHttpException(String message, int httpStatus, long retryAfterMillis, int attempts) {
        super(message, Status.ERROR, attempts, isTransient(httpStatus), null);
        this.httpStatus = httpStatus;
        this.retryAfterMillis = retryAfterMillis;
    }

    /** The HTTP status code. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The delay the provider asked for in {@code Retry-After}, or -1 when it sent none. */
    public long retryAfterMillis() {
        return retryAfterMillis;
    }

    /** 408, 409 (Ollama's model loading), 429 and 5xx are worth another attempt; other 4xx are the caller's error. */
    static boolean isTransient(int status) {
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    @Override
    ProviderException afterAttempts(int n, String history) {
        ProviderHttpException e = new ProviderHttpException(getMessage() + history, httpStatus, retryAfterMillis, n);
        e.setStackTrace(getStackTrace());
        return e;
    }
}
