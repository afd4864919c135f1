package dev.assay.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * {@code DatasetException} is thrown when a dataset cannot be used: a malformed line, a missing
 * column, a duplicate id, an empty file. Its message names the file and line and says the fix.
 */
@API(status = INTERNAL, since = "0.1")
public class DatasetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error with its message. */
    public DatasetException(String message) {
        super(message);
    }

    /** An error with its message and underlying cause. */
    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
