package dev.assay.onnx;


/**
 * One model with the options it runs under; two {@code @Onnx} parameters with equal specs share one
 * session.
 */
record SessionSpec(ModelLocation model, ExecutionProvider provider, int deviceId, int intraOpThreads,
                   int interOpThreads, Onnx.Optimization optimization, long gpuMemoryLimitMb) {

    /** The key of the session in the root store. */
    String key() {
        return model.key() + "|" + provider + ":" + (provider.isGpu() ? deviceId : 0) + "|intra=" + intraOpThreads
                + "|inter=" + interOpThreads + "|opt=" + optimization
                + "|gpuMem=" + (provider.isGpu() ? gpuMemoryLimitMb : 0);
    }
}
