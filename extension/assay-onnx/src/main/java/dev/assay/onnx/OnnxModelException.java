package dev.assay.onnx;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * {@code OnnxModelException} is thrown when an {@code @Onnx} model cannot be used: the file is
 * missing, is not an ONNX model, or ONNX Runtime cannot load it. Its message names the model and
 * says what to do.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class OnnxModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error with its message. */
    public OnnxModelException(String message) {
        super(message);
    }

    /** An error with its message and the underlying cause. */
    public OnnxModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
