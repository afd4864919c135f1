package dev.assay.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ResourceSamplerTests {

    /**
     * A FAKE {@code nvidia-smi}: this machine has no NVIDIA GPU, so a shell script answers the two
     * queries {@link GpuProbe} makes the way the real tool does (the listing, then a line per GPU
     * every {@code -lms} milliseconds until killed). It checks the process plumbing and the figures;
     * figures from a real GPU need a machine with one.
     */
    private static final String FAKE_NVIDIA_SMI = """
            #!/bin/sh
            # FAKE nvidia-smi for ResourceSamplerTests: two GPUs, fixed readings.
            case "$1" in
              --query-gpu=index,name) printf '0, NVIDIA H200 (fake)\n1, NVIDIA H200 (fake)\n' ;;
              --query-gpu=index,utilization.gpu,memory.used)
                while true; do printf '0, 30, 1000\n1, 90, 4000\n0, 50, 1200\n1, [N/A], 4000\n'; sleep 0.02; done ;;
              *) exit 2 ;;
            esac
            """;

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void gpusAreSampledThroughNvidiaSmiWhileTheModelRuns(@TempDir Path dir) throws Exception {
        Path tool = script(dir, FAKE_NVIDIA_SMI);
        try (ResourceSampler sampler = ResourceSampler.start(20, tool)) {
            long from = System.nanoTime();
            Thread.sleep(400);
            ResourceUsage.Gpu gpu = sampler.usage(from, System.nanoTime()).gpu();

            assertThat(gpu.absent()).isNull();
            assertThat(gpu.devices()).isEqualTo("0, NVIDIA H200 (fake);1, NVIDIA H200 (fake)");
            // Readings 30, 90, 50 (the [N/A] line is skipped), repeated: mean 56.7 over whole repeats (the
            // window may cut one), max 90, memory peak 4000.
            assertThat(gpu.utilizationPercentMean()).isBetween(50.0, 63.4);
            assertThat(gpu.utilizationPercentMax()).isEqualTo(90.0);
            assertThat(gpu.memoryUsedPeakMib()).isEqualTo(4000.0);
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aDriverThatFailsGivesItsReasonInsteadOfFigures(@TempDir Path dir) throws Exception {
        Path tool = script(dir, """
                #!/bin/sh
                # FAKE nvidia-smi: installed, but the driver is not loaded.
                echo "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver."
                exit 9
                """);
        try (ResourceSampler sampler = ResourceSampler.start(20, tool)) {
            long now = System.nanoTime();
            ResourceUsage.Gpu gpu = sampler.usage(now, now + 1).gpu();

            assertThat(gpu.absent()).isEqualTo("nvidia-smi found no usable GPU: NVIDIA-SMI has failed because it "
                    + "couldn't communicate with the NVIDIA driver.");
            assertThat(gpu.devices()).isNull();
        }
    }

    private static Path script(Path dir, String body) throws IOException {
        Path tool = dir.resolve("nvidia-smi");
        Files.writeString(tool, body);
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
        return tool;
    }

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
