package dev.assay.resources;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code ResourceSampler} samples the process (and NVIDIA GPUs) on a daemon thread at a fixed
 * interval for the whole run, so any window — one model's cases — can be summarised afterwards
 * ({@link #usage(long, long)}). Sampling costs a few MXBean calls and one small file read per
 * interval (about 50 µs), off the models' threads.
 *
 * <pre>{@code
 * try (ResourceSampler sampler = ResourceSampler.start(100)) {
 *     long from = System.nanoTime();
 *     runModel();
 *     ResourceUsage usage = sampler.usage(from, System.nanoTime());
 * }
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class ResourceSampler implements AutoCloseable {

    /** Samples kept at most (an hour at 10 per second); later ones replace every second one kept. */
    static final int MAX_SAMPLES = 36_000;

    private final int intervalMs;
    private final ProcessProbe process = new ProcessProbe();
    private final GpuProbe gpu;
    private final List<ResourceSample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    private ResourceSampler(int intervalMs, GpuProbe gpu) {
        this.intervalMs = intervalMs;
        this.gpu = gpu;
        this.thread = new Thread(this::loop, "assay-resource-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts sampling every {@code intervalMs} milliseconds (at least 10). */
    public static ResourceSampler start(int intervalMs) {
        int interval = Math.max(10, intervalMs);
        return new ResourceSampler(interval, GpuProbe.start(interval));
    }

    /** As {@link #start(int)}, with GPUs sampled through this {@code nvidia-smi} (tests give a stand-in). */
    static ResourceSampler start(int intervalMs, Path nvidiaSmi) {
        int interval = Math.max(10, intervalMs);
        return new ResourceSampler(interval, GpuProbe.start(interval, nvidiaSmi));
    }

    private void loop() {
        while (running) {
            add(process.read());
            try {
                Thread.sleep(intervalMs);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void add(ResourceSample sample) {
        synchronized (samples) {
            if (samples.size() == MAX_SAMPLES) {
                // Thin out rather than stop: a long run keeps its whole span at half the resolution.
                ResourceSampler.keepEverySecond(samples);
            }
            samples.add(sample);
        }
    }

    /**
     * What the process used between two {@link System#nanoTime()} readings. A window shorter than one
     * interval is sampled once more, now, so a fast model still gets figures.
     */
    public ResourceUsage usage(long fromNanos, long toNanos) {
        List<ResourceSample> window;
        synchronized (samples) {
            window = new ArrayList<>(samples.stream().filter(s -> s.nanos() >= fromNanos && s.nanos() <= toNanos).toList());
        }
        if (window.isEmpty()) {
            window.add(process.read());
        }
        double cpuSum = 0;
        int cpuCount = 0;
        double cpuMax = Double.NaN;
        long heapPeak = 0;
        long rssPeak = -1;
        int threadsPeak = 0;
        for (ResourceSample s : window) {
            if (!Double.isNaN(s.cpuPercent())) {
                cpuSum += s.cpuPercent();
                cpuCount++;
                cpuMax = Double.isNaN(cpuMax) ? s.cpuPercent() : Math.max(cpuMax, s.cpuPercent());
            }
            heapPeak = Math.max(heapPeak, s.heapUsedBytes());
            rssPeak = Math.max(rssPeak, s.rssBytes());
            threadsPeak = Math.max(threadsPeak, s.threads());
        }
        long gcMs = window.get(window.size() - 1).gcMillis() - window.get(0).gcMillis();
        return new ResourceUsage(intervalMs, window.size(), round((toNanos - fromNanos) / 1e9, 3),
                Runtime.getRuntime().availableProcessors(), cpuCount == 0 ? null : round(cpuSum / cpuCount, 1),
                cpuCount == 0 ? null : round(cpuMax, 1), mib(heapPeak), rssPeak < 0 ? null : mib(rssPeak), gcMs,
                threadsPeak, gpuUsage(fromNanos, toNanos));
    }

    private ResourceUsage.Gpu gpuUsage(long fromNanos, long toNanos) {
        if (gpu.absentReason() != null) {
            return new ResourceUsage.Gpu(null, null, null, null, gpu.absentReason());
        }
        List<GpuSample> window = gpu.between(fromNanos, toNanos);
        if (window.isEmpty()) {
            return new ResourceUsage.Gpu(gpu.names(), null, null, null, null);
        }
        double sum = 0;
        double max = 0;
        double memory = 0;
        for (GpuSample s : window) {
            sum += s.utilizationPercent();
            max = Math.max(max, s.utilizationPercent());
            memory = Math.max(memory, s.memoryUsedMiB());
        }
        return new ResourceUsage.Gpu(gpu.names(), round(sum / window.size(), 1), max, memory, null);
    }

    /** Keeps the 1st, 3rd, 5th … element, in one pass. */
    static <T> void keepEverySecond(List<T> list) {
        List<T> kept = new ArrayList<>(list.size() / 2 + 1);
        for (int i = 0; i < list.size(); i += 2) {
            kept.add(list.get(i));
        }
        list.clear();
        list.addAll(kept);
    }

    private static double mib(long bytes) {
        return round(bytes / (1024.0 * 1024.0), 1);
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        gpu.close();
    }
}
