package dev.assay.onnx;

import java.util.Locale;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.PreconditionViolationException;

/**
 * The run-wide ONNX configuration, read from JUnit configuration parameters so that CI can force a
 * device without touching annotations.
 *
 * @param device the device for {@code @Onnx} parameters that leave theirs {@link Onnx.Device#CONFIGURED}
 * @param requireGpu whether a CUDA/TensorRT model that cannot load fails instead of being skipped
 */
record OnnxSettings(Onnx.Device device, boolean requireGpu) {

    /** {@code auto} | {@code cpu} | {@code cuda} | {@code tensorrt}; default {@code auto}. */
    static final String DEVICE_KEY = "assay.onnx.device";

    /** {@code true} makes an unavailable GPU a failure (for GPU CI); default {@code false}. */
    static final String REQUIRE_GPU_KEY = "assay.onnx.requireGpu";

    static OnnxSettings from(ExtensionContext context) {
        // Read as strings and parsed here: the transformer overload replaces our message with a generic one.
        Onnx.Device device = context.getConfigurationParameter(DEVICE_KEY).map(OnnxSettings::parseDevice)
                .orElse(Onnx.Device.AUTO);
        boolean requireGpu = context.getConfigurationParameter(REQUIRE_GPU_KEY).map(OnnxSettings::parseBoolean)
                .orElse(false);
        return new OnnxSettings(device, requireGpu);
    }

    /** The device an annotation asks for once {@link Onnx.Device#CONFIGURED} is replaced by the configured one. */
    Onnx.Device deviceFor(Onnx onnx) {
        return onnx.device() == Onnx.Device.CONFIGURED ? device : onnx.device();
    }

    private static Onnx.Device parseDevice(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (!v.equals("CONFIGURED")) {
            for (Onnx.Device d : Onnx.Device.values()) {
                if (d.name().equals(v)) {
                    return d;
                }
            }
        }
        throw new PreconditionViolationException("Configuration error: " + DEVICE_KEY + " is [" + value
                + "]; use one of [auto, cpu, cuda, tensorrt]");
    }

    private static boolean parseBoolean(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new PreconditionViolationException("Configuration error: " + REQUIRE_GPU_KEY + " is [" + value
                + "]; use true or false");
    }
}
