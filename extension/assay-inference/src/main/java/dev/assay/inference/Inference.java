package dev.assay.inference;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.assay.secrets.MaskedFailures;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @Inference} is used on an {@link InferenceClient} parameter of a benchmark method to receive a
 * client for one model on a server that speaks the Open Inference Protocol over REST (KServe v2,
 * NVIDIA Triton, Seldon MLServer). The spec names the server and the model ({@link InferenceSpec}):
 * {@code v2+http://HOST:PORT#MODEL}, {@code NAME:MODEL} or {@code NAME} with the server configured
 * under {@code assay.inference.NAME.*}, or empty for {@code assay.inference.baseUrl} and
 * {@code assay.inference.model}.
 *
 * <p>Once per run and model, before the first call, Assay checks that the server is live and ready
 * and the model ready, and reads the model's metadata into the summary's {@code runtime}; a failed
 * check is one configuration error naming the server, the model and the fix. Each call is checked
 * against the metadata, timed out, retried (429, 5xx, connection errors, {@code Retry-After}) and
 * limited as configured, and recorded or replayed as {@code assay.inference.mode} says.
 *
 * <pre>{@code
 * @BenchmarkTest(model = "logreg-served", task = Task.CLASSIFICATION)
 * void served(BenchmarkCase c, Outcome out,
 *             @Inference("v2+http://127.0.0.1:8000#breast-cancer-logreg") InferenceClient model) {
 *     InferenceResponse r = model.infer(Tensor.of("features", Datatype.FP32, List.of(c.input("features")))).recordTo(out);
 *     out.predict(LABELS.get((int) r.output("label").longs()[0]));
 * }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// The annotation brings its own resolver: @Benchmark knows nothing of model servers.
@ExtendWith({InferenceParameterResolver.class, MaskedFailures.class})
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Inference {

    /** The server and model: {@code v2+http://HOST:PORT#MODEL}, {@code NAME:MODEL}, {@code NAME}, or empty (see {@link InferenceSpec}). */
    String value() default "";

    /** The model version to call ({@code /v2/models/MODEL/versions/VERSION/…}); empty lets the server choose. */
    String version() default "";
}
