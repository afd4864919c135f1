package dev.assay.inference;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code InferenceClient} is used to call one model on a server that speaks the Open Inference
 * Protocol (KServe v2, NVIDIA Triton, Seldon MLServer) over REST. A benchmark method receives one
 * through {@link Inference @Inference}: the server's liveness and readiness, the model's readiness and
 * its metadata have been checked once for the run, and each call is checked against that metadata
 * before it is sent, timed out, retried and limited as configured under {@code assay.inference.*}.
 *
 * <pre>{@code
 * @BenchmarkTest(model = "logreg-served", task = Task.CLASSIFICATION)
 * void served(BenchmarkCase c, Outcome out, @Inference("v2+http://127.0.0.1:8000#breast-cancer") InferenceClient model) {
 *     InferenceResponse r = model.infer(Tensor.of("features", Datatype.FP32, List.of(c.input("features")))).recordTo(out);
 *     out.predict(LABELS.get((int) r.output("label").longs()[0]));
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface InferenceClient {

    /**
     * Runs the model on the inputs and returns every output it gives.
     *
     * @throws InferenceInputException when an input does not fit the model's metadata (nothing is sent)
     * @throws InferenceException      when the call fails for good
     */
    InferenceResponse infer(List<Tensor> inputs);

    /** Runs the model on the inputs; see {@link #infer(List)}. */
    default InferenceResponse infer(Tensor... inputs) {
        return infer(List.of(inputs));
    }

    /** The model's metadata, as the server gave it when the client was made (or as it was recorded). */
    ModelMetadata metadata();

    /** The spec the client was made from, as written ({@code v2+http://127.0.0.1:8000#model}, {@code triton:model}). */
    String spec();
}
