package dev.assay.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.assay.inference.Tensor;
import dev.assay.inference.TensorMetadata;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * {@code ServedModel} is used to describe a model the {@link InferenceStandInServer} serves: its name,
 * versions, platform, declared inputs and outputs (its metadata), and the function that computes its
 * outputs from its inputs. The function can be anything: plain Java, or an ONNX Runtime session the
 * test opens itself, so the test kit needs no ONNX Runtime of its own.
 *
 * <pre>{@code
 * ServedModel doubler = ServedModel.of("doubler",
 *         List.of(new TensorMetadata("x", Datatype.FP32, List.of(-1L))),
 *         List.of(new TensorMetadata("y", Datatype.FP32, List.of(-1L))),
 *         in -> Map.of("y", Tensor.fp32("y", in.get("x").shape(), twice(in.get("x").floats()))));
 * }</pre>
 *
 * @param name     the model's name on the server
 * @param versions the versions it serves; the first answers requests that name none
 * @param platform what the server says runs it ({@code onnxruntime_onnx}, …)
 * @param inputs   the inputs it declares; requests are checked against them as a real server does
 * @param outputs  the outputs it declares
 * @param function computes the outputs (by name) from the inputs (by name)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ServedModel(String name, List<String> versions, String platform, List<TensorMetadata> inputs,
                          List<TensorMetadata> outputs, Function<Map<String, Tensor>, Map<String, Tensor>> function) {

    /** Checks and copies the parts. */
    public ServedModel {
        Objects.requireNonNull(name, "name");
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("A served model has at least one version");
        }
        Objects.requireNonNull(platform, "platform");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        Objects.requireNonNull(function, "function");
    }

    /** A model at version {@code 1} on the platform {@code assay_stand_in}. */
    public static ServedModel of(String name, List<TensorMetadata> inputs, List<TensorMetadata> outputs,
                                 Function<Map<String, Tensor>, Map<String, Tensor>> function) {
        return new ServedModel(name, List.of("1"), "assay_stand_in", inputs, outputs, function);
    }

    /** This model on another platform ({@code onnxruntime_onnx} when an ONNX session computes it). */
    public ServedModel platform(String platform) {
        return new ServedModel(name, versions, platform, inputs, outputs, function);
    }

    /** This model with other versions. */
    public ServedModel versions(String... versions) {
        return new ServedModel(name, List.of(versions), platform, inputs, outputs, function);
    }
}
