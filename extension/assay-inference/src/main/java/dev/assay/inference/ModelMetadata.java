package dev.assay.inference;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code ModelMetadata} is used to hold what a server says about a model
 * ({@code GET /v2/models/{model}[/versions/{version}]}): its name, the versions it serves, the
 * platform that runs it ({@code onnxruntime_onnx}, {@code pytorch_libtorch}, …) and its inputs and
 * outputs. {@link InferenceClient#infer} checks every input against it before sending.
 *
 * @param name     the model's name
 * @param versions the versions the server serves (may be empty)
 * @param platform the framework or backend that runs it (may be empty)
 * @param inputs   the inputs the model takes
 * @param outputs  the outputs the model gives
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ModelMetadata(String name, List<String> versions, String platform, List<TensorMetadata> inputs,
                            List<TensorMetadata> outputs) {

    /** Checks and copies the parts. */
    public ModelMetadata {
        Objects.requireNonNull(name, "name");
        versions = List.copyOf(versions);
        platform = platform == null ? "" : platform;
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** The input of that name, if the model has one. */
    public Optional<TensorMetadata> input(String name) {
        return inputs.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** The output of that name, if the model has one. */
    public Optional<TensorMetadata> output(String name) {
        return outputs.stream().filter(o -> o.name().equals(name)).findFirst();
    }
}
