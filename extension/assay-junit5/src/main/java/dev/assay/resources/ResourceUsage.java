package dev.assay.resources;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.apiguardian.api.API;

/**
 * {@code ResourceUsage} is what the process used while one model's cases ran (from its first case to
 * its summary): the {@code resources} object of a model in {@code summary.json}. Every figure is of the
 * whole JVM process — the model, the harness, and any other model running at the same time — which is
 * what a capacity plan needs; a model run alone reads as its own cost.
 *
 * @param intervalMs how often the process was sampled
 * @param samples how many samples fell in the window
 * @param windowS the window's length in seconds
 * @param cores the processors the JVM may use
 * @param cpuPercentMean mean CPU use in percent of one core (200 = two busy cores), or null without samples
 * @param cpuPercentMax the highest sampled CPU use, or null
 * @param heapUsedPeakMb the highest sampled heap use, in MiB
 * @param rssPeakMb the highest sampled resident set size in MiB, or null where the platform does not say
 * @param gcTimeMs garbage-collection time within the window
 * @param threadsPeak the most live threads sampled
 * @param gpu GPU use, or why there is none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"interval_ms", "samples", "window_s", "cores", "cpu_percent_mean", "cpu_percent_max",
        "heap_used_peak_mb", "rss_peak_mb", "gc_time_ms", "threads_peak", "gpu"})
@API(status = EXPERIMENTAL, since = "0.1")
public record ResourceUsage(
        @JsonProperty("interval_ms") int intervalMs,
        @JsonProperty("samples") int samples,
        @JsonProperty("window_s") double windowS,
        @JsonProperty("cores") int cores,
        @JsonProperty("cpu_percent_mean") Double cpuPercentMean,
        @JsonProperty("cpu_percent_max") Double cpuPercentMax,
        @JsonProperty("heap_used_peak_mb") Double heapUsedPeakMb,
        @JsonProperty("rss_peak_mb") Double rssPeakMb,
        @JsonProperty("gc_time_ms") Long gcTimeMs,
        @JsonProperty("threads_peak") Integer threadsPeak,
        @JsonProperty("gpu") Gpu gpu) {

    /**
     * GPU use in the window, summed over no GPU and averaged over none: one figure per sampled GPU would
     * not fit a table, so utilisation is the mean and max over every GPU's samples and memory the peak of
     * any one GPU.
     *
     * @param devices the sampled GPUs ({@code 0, NVIDIA H200}), or null when absent
     * @param utilizationPercentMean mean utilisation, 0–100, or null
     * @param utilizationPercentMax highest utilisation, or null
     * @param memoryUsedPeakMib the highest memory in use on one GPU, or null
     * @param absent why there are no GPU figures (no driver, no GPU), or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"devices", "utilization_percent_mean", "utilization_percent_max", "memory_used_peak_mib", "absent"})
    public record Gpu(
            @JsonProperty("devices") String devices,
            @JsonProperty("utilization_percent_mean") Double utilizationPercentMean,
            @JsonProperty("utilization_percent_max") Double utilizationPercentMax,
            @JsonProperty("memory_used_peak_mib") Double memoryUsedPeakMib,
            @JsonProperty("absent") String absent) {
    }
}
