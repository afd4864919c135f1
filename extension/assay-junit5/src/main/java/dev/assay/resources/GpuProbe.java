package dev.assay.resources;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code GpuProbe} samples NVIDIA GPUs through NVML by way of {@code nvidia-smi}, the tool every
 * NVIDIA driver installs: one long-lived {@code nvidia-smi --query-gpu=… -lms N} process prints a line
 * per GPU every N ms, read on a daemon thread. No JNI: a machine without the driver simply has no
 * {@code nvidia-smi}, and the probe says so ({@link #absentReason()}) instead of failing the run.
 */
final class GpuProbe implements AutoCloseable {

    private final Process process;
    private final String absentReason;
    private final String names;
    private final List<GpuSample> samples = new ArrayList<>();

    private GpuProbe(Process process, String absentReason, String names) {
        this.process = process;
        this.absentReason = absentReason;
        this.names = names;
    }

    /** Starts sampling every {@code intervalMs}, or a probe that reports why there is no GPU. */
    static GpuProbe start(int intervalMs) {
        Path tool = find();
        if (tool == null) {
            return absent("no nvidia-smi on PATH: no NVIDIA driver on this machine");
        }
        return start(intervalMs, tool);
    }

    /** As {@link #start(int)}, with this {@code nvidia-smi} (tests give a stand-in). */
    static GpuProbe start(int intervalMs, Path tool) {
        String names;
        Path output = null;
        Process list = null;
        try {
            // Output to a file, then a bounded wait: a hung driver must not hold up the run's start.
            output = Files.createTempFile("assay-nvidia-smi", ".txt");
            list = new ProcessBuilder(tool.toString(), "--query-gpu=index,name", "--format=csv,noheader")
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!list.waitFor(10, TimeUnit.SECONDS)) {
                return absent("nvidia-smi did not answer within 10 s");
            }
            names = Files.readString(output, StandardCharsets.UTF_8).strip();
            if (list.exitValue() != 0 || names.isEmpty()) {
                return absent("nvidia-smi found no usable GPU: " + firstLine(names));
            }
        } catch (IOException e) {
            return absent("nvidia-smi could not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return absent("interrupted while asking nvidia-smi for GPUs");
        } finally {
            if (list != null && list.isAlive()) {
                list.destroyForcibly();
            }
            deleteQuietly(output);
        }
        try {
            Process stream = new ProcessBuilder(tool.toString(), "--query-gpu=index,utilization.gpu,memory.used",
                    "--format=csv,noheader,nounits", "-lms", String.valueOf(Math.max(intervalMs, 20)))
                    .redirectErrorStream(true).start();
            GpuProbe probe = new GpuProbe(stream, null, names.replace('\n', ';'));
            Thread reader = new Thread(probe::readLines, "assay-gpu-probe");
            reader.setDaemon(true);
            reader.start();
            return probe;
        } catch (IOException e) {
            return absent("nvidia-smi could not run: " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A temporary file left behind is harmless.
        }
    }

    private static GpuProbe absent(String reason) {
        return new GpuProbe(null, reason, null);
    }

    private static Path find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            // nvidia-smi.exe on Windows (in System32 with current drivers), nvidia-smi elsewhere.
            for (String name : List.of("nvidia-smi", "nvidia-smi.exe")) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        Path usual = Path.of("/usr/bin/nvidia-smi");
        return Files.isExecutable(usual) ? usual : null;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                GpuSample sample = parse(line, System.nanoTime());
                if (sample != null) {
                    synchronized (samples) {
                        if (samples.size() == ResourceSampler.MAX_SAMPLES) {
                            // As the process samples: thin out rather than grow without bound on a long run.
                            ResourceSampler.keepEverySecond(samples);
                        }
                        samples.add(sample);
                    }
                }
            }
        } catch (IOException e) {
            // The process ended (close()): the samples so far stand.
        }
    }

    /** {@code 0, 35, 1234} → a sample; null for anything else ({@code [N/A]}, warnings). */
    static GpuSample parse(String line, long nanos) {
        String[] parts = line.split(",");
        if (parts.length != 3) {
            return null;
        }
        try {
            return new GpuSample(nanos, Integer.parseInt(parts[0].trim()), Double.parseDouble(parts[1].trim()),
                    Double.parseDouble(parts[2].trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Why there are no GPU figures, or null when GPUs are sampled. */
    String absentReason() {
        return absentReason;
    }

    /** The sampled GPUs as {@code index, name} pairs separated by {@code ;}, or null. */
    String names() {
        return names;
    }

    /** The samples taken between two {@link System#nanoTime()} readings. */
    List<GpuSample> between(long fromNanos, long toNanos) {
        synchronized (samples) {
            return samples.stream().filter(s -> s.nanos() >= fromNanos && s.nanos() <= toNanos).toList();
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
