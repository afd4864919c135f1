package dev.assay.inference;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * {@code InferenceInputException} is thrown by {@link InferenceClient#infer} before anything is sent
 * when an input does not fit the model's metadata: a name the model does not have, another datatype,
 * rank or fixed dimension. The message names the model, what it expects (its inputs with datatypes
 * and shapes) and the fix. It is a mistake in the benchmark, so it is never retried.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class InferenceInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** An error whose message says what the model expects. */
    public InferenceInputException(String message) {
        super(message);
    }
}
