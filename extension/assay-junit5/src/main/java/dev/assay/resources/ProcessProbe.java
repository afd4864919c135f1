package dev.assay.resources;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ProcessProbe} reads the JVM process's resources from the platform MXBeans and, for the
 * resident set size, from {@code /proc/self/status} (Linux; elsewhere RSS is reported absent). CPU use
 * is the process's CPU time over wall time between two readings, so it covers every thread of the
 * process — the model's, the harness's and the JIT's — as {@code top} shows it.
 */
final class ProcessProbe {

    private static final Path STATUS = Path.of("/proc/self/status");

    private final java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    private long lastCpuNanos = cpuNanos();
    private long lastWallNanos = System.nanoTime();

    /** A reading now; CPU use since the previous one. Synchronized: the sampler thread and a window's caller both read. */
    synchronized ResourceSample read() {
        long wall = System.nanoTime();
        long cpu = cpuNanos();
        double percent = wall > lastWallNanos && cpu >= 0 && lastCpuNanos >= 0
                ? 100.0 * (cpu - lastCpuNanos) / (wall - lastWallNanos) : Double.NaN;
        lastCpuNanos = cpu;
        lastWallNanos = wall;
        long gc = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += Math.max(0, bean.getCollectionTime());
        }
        return new ResourceSample(wall, percent, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                rssBytes(), gc, ManagementFactory.getThreadMXBean().getThreadCount());
    }

    /** Whether RSS can be read here. */
    static boolean rssAvailable() {
        return Files.isReadable(STATUS);
    }

    private long cpuNanos() {
        // The JDK's extension of the bean (HotSpot, OpenJ9): the process's CPU time; -1 where unsupported.
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static long rssBytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024; // reported in kB
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or a format this reader does not know: RSS is reported absent.
        }
        return -1;
    }
}
