/**
 * Resource use while models run: a background sampler of the process (CPU, heap, RSS, GC time,
 * threads) and of NVIDIA GPUs where there are any, and the per-model summaries of its samples.
 */
package dev.assay.resources;
