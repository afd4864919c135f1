package dev.assay.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * {@code ReplayMissException} is thrown in {@code replay} mode when a request was never recorded;
 * its message holds the normalised request that missed and the recording file that was searched,
 * so a person can see what changed (prompt, settings, model) and re-record.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class ReplayMissException extends ProviderException {

    private static final long serialVersionUID = 1L;

    /** A miss, with the message naming the request and the file. */
    public ReplayMissException(String message) {
        super(message, Status.ERROR, 0, false, null);
    }
}
