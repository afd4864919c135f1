package dev.assay.onnx;

/** The ONNX Runtime execution providers Assay places models on, named as the summary shows them. */
enum ExecutionProvider {
    CPU("CPU"),
    CUDA("CUDA"),
    TENSORRT("TensorRT");

    private final String displayName;

    ExecutionProvider(String displayName) {
        this.displayName = displayName;
    }

    /** {@code CPU}, {@code CUDA} or {@code TensorRT}: the summary's {@code execution_provider}. */
    String displayName() {
        return displayName;
    }

    boolean isGpu() {
        return this != CPU;
    }
}
