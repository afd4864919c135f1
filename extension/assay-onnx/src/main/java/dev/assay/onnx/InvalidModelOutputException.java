package dev.assay.onnx;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * {@code InvalidModelOutputException} is thrown by {@link OnnxResult} when a model output read as a
 * prediction holds NaN or an infinity. The benchmark method lets it propagate, so the case is recorded
 * with status {@code error} and this message as its reason instead of scoring a meaningless number.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class InvalidModelOutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error whose message names the output, the bad value and where it sits. */
    public InvalidModelOutputException(String message) {
        super(message);
    }
}
