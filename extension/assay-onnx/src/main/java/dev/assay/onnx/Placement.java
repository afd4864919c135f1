package dev.assay.onnx;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides which execution provider runs an {@code @Onnx} model, and says so honestly: the facts it
 * returns name the provider actually chosen, and why {@code auto} fell back to the CPU.
 *
 * @param provider the provider the session is created on
 * @param deviceId the GPU, when the provider is one
 * @param facts {@code execution_provider}, {@code device}, {@code requested_device} and, after a
 *              fallback, {@code fallback_reason}
 */
record Placement(ExecutionProvider provider, int deviceId, Map<String, Object> facts) {

    /** Thrown when CUDA or TensorRT was asked for and cannot load here. */
    static final class GpuUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GpuUnavailableException(String message) {
            super(message);
        }
    }

    static Placement choose(ExtensionContext context, Onnx onnx, OnnxSettings settings) {
        Onnx.Device requested = settings.deviceFor(onnx);
        String requestedName = requested.name().toLowerCase(Locale.ROOT);
        switch (requested) {
            case CPU:
                return cpu(requestedName, null);
            case AUTO: {
                GpuProbe.Result cuda = GpuProbe.check(context, ExecutionProvider.CUDA, onnx.deviceId());
                return cuda.available() ? gpu(ExecutionProvider.CUDA, onnx.deviceId(), requestedName)
                        : cpu(requestedName, "CUDA cannot load: " + cuda.reason());
            }
            default: {
                ExecutionProvider provider = requested == Onnx.Device.TENSORRT ? ExecutionProvider.TENSORRT
                        : ExecutionProvider.CUDA;
                GpuProbe.Result probe = GpuProbe.check(context, provider, onnx.deviceId());
                if (!probe.available()) {
                    throw new GpuUnavailableException(unavailableMessage(onnx, requestedName, provider, probe));
                }
                return gpu(provider, onnx.deviceId(), requestedName);
            }
        }
    }

    static String unavailableMessage(Onnx onnx, String requested, ExecutionProvider provider, GpuProbe.Result probe) {
        String fix = onnx.device() == Onnx.Device.CONFIGURED
                ? "set " + OnnxSettings.DEVICE_KEY + "=auto (or cpu) to run it on the CPU"
                : "use @Onnx(device = AUTO) to fall back to the CPU";
        return "ONNX model [" + onnx.value() + "] asks for device [" + requested + "] but "
                + provider.displayName() + " cannot load here: " + probe.reason() + "; " + fix;
    }

    private static Placement cpu(String requested, String fallbackReason) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("execution_provider", ExecutionProvider.CPU.displayName());
        facts.put("requested_device", requested);
        if (fallbackReason != null) {
            facts.put("fallback_reason", fallbackReason);
        }
        return new Placement(ExecutionProvider.CPU, 0, facts);
    }

    private static Placement gpu(ExecutionProvider provider, int deviceId, String requested) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("execution_provider", provider.displayName());
        facts.put("device", "cuda:" + deviceId);
        facts.put("requested_device", requested);
        return new Placement(provider, deviceId, facts);
    }
}
