package dev.assay.onnx;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * {@code OnnxInputException} is thrown by {@link OnnxRun} when an input does not fit the model: a
 * name the model does not have, or a value of the wrong rank, shape or element type. The message
 * says what the model expects (its input names, or the input's type and shape).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class OnnxInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** An error whose message says what the model expects. */
    public OnnxInputException(String message) {
        super(message);
    }

    /** An error whose message says what the model expects, with the underlying cause. */
    public OnnxInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
