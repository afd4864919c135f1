package dev.assay.onnx;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code OnnxDeviceCondition} is used to skip, with the loader's reason, a test whose {@link Onnx @Onnx}
 * model asks for CUDA or TensorRT where neither can load — a laptop without a GPU runs the rest of the
 * suite instead of failing. With {@code assay.onnx.requireGpu=true} (GPU CI) the test runs and fails
 * in {@link OnnxSessionResolver} instead. {@link Onnx @Onnx} registers it.
 *
 * <p>On a {@code @BenchmarkTest} every node of the model (its cases and its summary) is skipped with
 * the same reason, decided once per method. {@code auto} and {@code cpu} never skip.
 */
@API(status = INTERNAL, since = "0.1")
public final class OnnxDeviceCondition implements ExecutionCondition {

    private static final ConditionEvaluationResult NO_GPU_ASKED =
            ConditionEvaluationResult.enabled("no @Onnx parameter asks for a GPU");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(OnnxDeviceCondition.class);

    /** Disables a test method whose {@code @Onnx} parameters need a GPU provider that cannot load here. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        if (method.isEmpty()) {
            return NO_GPU_ASKED;
        }
        Optional<ExtensionContext> template = context.getParent().filter(p -> p.getTestMethod().isPresent());
        if (template.isPresent()) {
            // A case of a test template (@BenchmarkTest): decided once per method, in the template's store,
            // which keeps the per-case cost of a throughput benchmark down. @Onnx registers this condition
            // from the parameter, so JUnit asks it about each case, not about the template.
            return template.get().getStore(NAMESPACE).getOrComputeIfAbsent(ConditionEvaluationResult.class,
                    k -> decide(context, method.get()), ConditionEvaluationResult.class);
        }
        return decide(context, method.get());
    }

    private static ConditionEvaluationResult decide(ExtensionContext context, Method method) {
        OnnxSettings settings = null;
        for (Parameter parameter : method.getParameters()) {
            Onnx onnx = parameter.getAnnotation(Onnx.class);
            if (onnx == null) {
                continue;
            }
            settings = settings != null ? settings : OnnxSettings.from(context);
            Onnx.Device device = settings.deviceFor(onnx);
            if (device != Onnx.Device.CUDA && device != Onnx.Device.TENSORRT) {
                continue;
            }
            ExecutionProvider provider = device == Onnx.Device.CUDA ? ExecutionProvider.CUDA : ExecutionProvider.TENSORRT;
            GpuProbe.Result probe = GpuProbe.check(context, provider, onnx.deviceId());
            if (!probe.available() && !settings.requireGpu()) {
                return ConditionEvaluationResult.disabled(Placement.unavailableMessage(onnx,
                        device.name().toLowerCase(java.util.Locale.ROOT), provider, probe));
            }
        }
        return settings == null ? NO_GPU_ASKED : ConditionEvaluationResult.enabled("every @Onnx device can load");
    }
}
