package dev.assay.resources;

/**
 * One reading of one NVIDIA GPU, as {@code nvidia-smi} reports it from NVML.
 *
 * @param nanos when it was read ({@link System#nanoTime()})
 * @param gpu the GPU's index
 * @param utilizationPercent the share of the last sample period the GPU was busy, 0–100
 * @param memoryUsedMiB device memory in use, by every process on the GPU
 */
record GpuSample(long nanos, int gpu, double utilizationPercent, double memoryUsedMiB) {
}
