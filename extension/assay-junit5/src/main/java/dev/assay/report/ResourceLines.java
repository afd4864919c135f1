package dev.assay.report;

import dev.assay.resources.ResourceUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ResourceLines} prints each model's resource use under its benchmark's console table when
 * asked ({@code assay.console.resources=true}): one line a model, well under 120 characters, e.g.
 * {@code   ridge  cpu 96% of a core (max 180%, 2 cores) · heap peak 84 MiB · RSS peak 312 MiB · GC 12 ms
 * · 31 threads · GPU: none (no nvidia-smi …)}.
 */
final class ResourceLines {

    private ResourceLines() {
    }

    /** The lines of a benchmark's models that were sampled; empty when none was. */
    static List<String> of(Summary.BenchmarkResult benchmark) {
        List<String> lines = new ArrayList<>();
        for (Summary.ModelResult m : benchmark.models) {
            ResourceUsage r = m.resources;
            if (r == null) {
                continue;
            }
            StringBuilder line = new StringBuilder("  ").append(Display.shorten(m.model, Display.NAME));
            if (r.cpuPercentMean() != null) {
                line.append(String.format(Locale.ROOT, "  cpu %.0f%% of a core (max %.0f%%, %d cores)", r.cpuPercentMean(),
                        r.cpuPercentMax(), r.cores()));
            }
            line.append(String.format(Locale.ROOT, " \u00b7 heap peak %.0f MiB", r.heapUsedPeakMb()));
            if (r.rssPeakMb() != null) {
                line.append(String.format(Locale.ROOT, " \u00b7 RSS peak %.0f MiB", r.rssPeakMb()));
            }
            line.append(" \u00b7 GC ").append(r.gcTimeMs()).append(" ms \u00b7 ").append(r.threadsPeak()).append(" threads");
            lines.add(line.toString());
            ResourceUsage.Gpu gpu = r.gpu();
            if (gpu != null) {
                lines.add("    GPU: " + (gpu.absent() != null ? "none (" + Display.shorten(gpu.absent(), 80) + ")"
                        : gpu.utilizationPercentMean() == null ? gpu.devices() + ", no sample in this window"
                        : String.format(Locale.ROOT, "%s, %.0f%% busy (max %.0f%%), memory peak %.0f MiB",
                                Display.shorten(gpu.devices(), 40), gpu.utilizationPercentMean(),
                                gpu.utilizationPercentMax(), gpu.memoryUsedPeakMib())));
            }
        }
        if (!lines.isEmpty()) {
            lines.add(0, "[assay] " + benchmark.benchmark + " \u2014 resources of the JVM process while each model ran");
        }
        return lines;
    }
}
