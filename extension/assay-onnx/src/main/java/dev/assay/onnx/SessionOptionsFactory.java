package dev.assay.onnx;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession.SessionOptions;
import ai.onnxruntime.providers.OrtCUDAProviderOptions;

/** Turns a {@link SessionSpec}'s options into ONNX Runtime {@link SessionOptions}. */
final class SessionOptionsFactory {

    private SessionOptionsFactory() {
    }

    /**
     * Options for one provider; the caller closes them. The OrtEnvironment must exist before, as ONNX
     * Runtime's Java API requires.
     */
    static SessionOptions create(ExecutionProvider provider, int deviceId, int intraOpThreads, int interOpThreads,
                                 Onnx.Optimization optimization, long gpuMemoryLimitMb) throws OrtException {
        SessionOptions options = new SessionOptions();
        try {
            if (intraOpThreads > 0) {
                options.setIntraOpNumThreads(intraOpThreads);
            }
            if (interOpThreads > 0) {
                options.setInterOpNumThreads(interOpThreads);
            }
            options.setOptimizationLevel(switch (optimization) {
                case NONE -> SessionOptions.OptLevel.NO_OPT;
                case BASIC -> SessionOptions.OptLevel.BASIC_OPT;
                case EXTENDED -> SessionOptions.OptLevel.EXTENDED_OPT;
                case ALL -> SessionOptions.OptLevel.ALL_OPT;
            });
            if (provider == ExecutionProvider.TENSORRT) {
                options.addTensorrt(deviceId);
            }
            if (provider.isGpu()) {
                // TensorRT hands the nodes it cannot compile to CUDA, as ONNX Runtime recommends.
                try (OrtCUDAProviderOptions cuda = new OrtCUDAProviderOptions(deviceId)) {
                    if (gpuMemoryLimitMb > 0) {
                        cuda.add("gpu_mem_limit", Long.toString(gpuMemoryLimitMb * 1024 * 1024));
                    }
                    options.addCUDA(cuda);
                }
            }
            return options;
        } catch (OrtException | RuntimeException e) {
            options.close();
            throw e;
        }
    }

    static SessionOptions create(SessionSpec spec) throws OrtException {
        return create(spec.provider(), spec.deviceId(), spec.intraOpThreads(), spec.interOpThreads(),
                spec.optimization(), spec.gpuMemoryLimitMb());
    }
}
