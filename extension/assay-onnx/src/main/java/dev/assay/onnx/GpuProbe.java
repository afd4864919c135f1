package dev.assay.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Finds out, once per run and GPU provider, whether a GPU provider loads here: a failed CUDA load
 * costs seconds, so its answer is kept in the root store. A probe creates a real session on a tiny
 * model, because registering the provider can succeed on a machine whose driver or device then fails.
 */
final class GpuProbe {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GpuProbe.class);
    private static final String PROBE_MODEL = "dev/assay/onnx/probe.onnx";

    /**
     * What a probe found.
     *
     * @param available whether sessions can be created on the provider
     * @param reason why not, in the loader's words; empty when available
     */
    record Result(boolean available, String reason) {
    }

    private GpuProbe() {
    }

    static Result check(ExtensionContext context, ExecutionProvider provider, int deviceId) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(provider + ":" + deviceId,
                key -> probe(provider, deviceId), Result.class);
    }

    // "try": the session is never used; creating it on the provider is the whole probe.
    @SuppressWarnings("try")
    static Result probe(ExecutionProvider provider, int deviceId) {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtProvider needed = provider == ExecutionProvider.TENSORRT ? OrtProvider.TENSOR_RT : OrtProvider.CUDA;
        if (!OrtEnvironment.getAvailableProviders().contains(needed)) {
            return new Result(false, "this ONNX Runtime build has no " + provider.displayName()
                    + " provider (the CPU-only onnxruntime jar is on the classpath; use onnxruntime_gpu)");
        }
        byte[] model;
        try (InputStream in = GpuProbe.class.getClassLoader().getResourceAsStream(PROBE_MODEL)) {
            if (in == null) {
                return new Result(false, "Assay's probe model [" + PROBE_MODEL + "] is missing from the classpath");
            }
            model = in.readAllBytes();
        } catch (IOException e) {
            return new Result(false, "cannot read Assay's probe model: " + e.getMessage());
        }
        try (SessionOptions options = SessionOptionsFactory.create(provider, deviceId, 1, 1, Onnx.Optimization.ALL, 0);
             OrtSession session = env.createSession(model, options)) {
            return new Result(true, "");
        } catch (OrtException | RuntimeException | LinkageError e) {
            String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage().strip();
            return new Result(false, message);
        }
    }
}
