package dev.assay.onnx;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code OnnxDeviceCondition} is used to skip, with the loader's reason, a test whose {@link Onnx @Onnx}
 * model asks for CUDA or TensorRT where neither can load — a laptop without a GPU runs the rest of the
 * suite instead of failing. With {@code assay.onnx.requireGpu=true} (GPU CI) the test runs and fails
 * in {@link OnnxSessionResolver} instead. {@link dev.assay.api.Benchmark @Benchmark} registers it.
 *
 * <p>On a {@code @BenchmarkTest} the whole model is skipped at once: the condition is evaluated on the
 * test template before any case is created. {@code auto} and {@code cpu} never skip.
 */
public final class OnnxDeviceCondition implements ExecutionCondition {

    private static final ConditionEvaluationResult NO_GPU_ASKED =
            ConditionEvaluationResult.enabled("no @Onnx parameter asks for a GPU");
    private static final ConditionEvaluationResult DECIDED_BY_TEMPLATE =
            ConditionEvaluationResult.enabled("the test template's @Onnx devices can load");

    /** Disables a test method whose {@code @Onnx} parameters need a GPU provider that cannot load here. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        if (method.isEmpty()) {
            return NO_GPU_ASKED;
        }
        if (context.getParent().flatMap(ExtensionContext::getTestMethod).isPresent()) {
            // A case of a test template: the template itself passed this condition, or no case would exist.
            // Deciding once per method keeps the per-case cost of a throughput benchmark down.
            return DECIDED_BY_TEMPLATE;
        }
        OnnxSettings settings = null;
        for (Parameter parameter : method.get().getParameters()) {
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
