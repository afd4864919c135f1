package dev.assay.resources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourceSamplerTests {

    @Test
    void aBusyWindowShowsCpuHeldMemoryThreadsAndWhetherThereIsAGpu() throws Exception {
        try (ResourceSampler sampler = ResourceSampler.start(10)) {
            long from = System.nanoTime();
            byte[] held = new byte[96 * 1024 * 1024];
            java.util.Arrays.fill(held, (byte) 1); // touched, so resident
            long until = System.nanoTime() + 400_000_000L;
            double sink = 0;
            while (System.nanoTime() < until) {
                sink += Math.sqrt(sink + 1);
            }
            ResourceUsage usage = sampler.usage(from, System.nanoTime());

            assertThat(usage.samples()).as("about 40 samples at 10 ms; at least 5 on a busy machine").isGreaterThanOrEqualTo(5);
            assertThat(usage.intervalMs()).isEqualTo(10);
            assertThat(usage.windowS()).isBetween(0.39, 5.0);
            // One thread spinning: near 100% of a core, whatever else the machine does (above 20% to stay robust).
            assertThat(usage.cpuPercentMax()).isGreaterThan(20.0);
            assertThat(usage.heapUsedPeakMb()).isGreaterThanOrEqualTo(96.0);
            if (ProcessProbe.rssAvailable()) {
                assertThat(usage.rssPeakMb()).isGreaterThanOrEqualTo(96.0);
            }
            assertThat(usage.threadsPeak()).isGreaterThanOrEqualTo(2);
            assertThat(usage.gcTimeMs()).isGreaterThanOrEqualTo(0);
            // Either GPUs were sampled, or the usage says why not: never silently nothing.
            assertThat(usage.gpu().absent() != null || usage.gpu().devices() != null).isTrue();
            assertThat(held[held.length - 1] + sink).isPositive();
        }
    }

    @Test
    void aWindowShorterThanOneIntervalIsStillSampledOnce() {
        try (ResourceSampler sampler = ResourceSampler.start(10_000)) {
            long now = System.nanoTime();
            ResourceUsage usage = sampler.usage(now, now + 1);

            assertThat(usage.samples()).isEqualTo(1);
            assertThat(usage.heapUsedPeakMb()).isPositive();
        }
    }

    @Test
    void nvidiaSmiLinesAreReadAndAnythingElseIsSkipped() {
        assertThat(GpuProbe.parse("0, 35, 1234", 7L)).isEqualTo(new GpuSample(7L, 0, 35.0, 1234.0));
        assertThat(GpuProbe.parse("1, 100, 80000", 8L)).isEqualTo(new GpuSample(8L, 1, 100.0, 80000.0));
        assertThat(GpuProbe.parse("0, [N/A], 1234", 9L)).isNull();
        assertThat(GpuProbe.parse("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver", 9L))
                .isNull();
    }
}
