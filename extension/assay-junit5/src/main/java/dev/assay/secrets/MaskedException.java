package dev.assay.secrets;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * {@code MaskedException} stands in for an exception whose message held a secret: it carries the
 * masked message and the original stack trace, and prints as the original would
 * ({@code ProviderException: … [REDACTED] …}). The original stays in memory only ({@link #original()}),
 * for code that classifies failures by type; it is never printed or serialised.
 */
@API(status = INTERNAL, since = "0.1")
public final class MaskedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String originalType;
    private final transient Throwable original;

    MaskedException(Throwable original, String maskedMessage) {
        super(maskedMessage);
        this.originalType = original.getClass().getName();
        this.original = original;
    }

    /** The exception this one stands in for (never to be printed: its message holds a secret). */
    public Throwable original() {
        return original;
    }

    /** The simple name of the original exception's class, for messages. */
    public String originalSimpleName() {
        return originalType.substring(originalType.lastIndexOf('.') + 1);
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? originalType : originalType + ": " + message;
    }
}
