package dev.assay.allure;

import dev.assay.report.Summary;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * {@code RunEnvironment} gathers the facts Allure shows in its Environment widget
 * ({@code environment.properties}): OS, CPU model and cores, memory, JVM, ONNX Runtime version and
 * the execution providers that actually ran models, GPU name and driver when there is one, and the
 * Assay version. Nothing here loads native code: versions come from jar metadata, the GPU from
 * {@code nvidia-smi} when it is installed.
 */
final class RunEnvironment {

    private RunEnvironment() {
    }

    static Map<String, String> collect(Summary summary) {
        Map<String, String> env = new TreeMap<>();
        env.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")");
        env.put("CPU", cpuModel());
        env.put("CPU.cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        env.put("Memory.physical", physicalMemory());
        env.put("Memory.jvmMax", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        env.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        env.put("Assay", assayVersion());
        String ort = onnxRuntimeVersion();
        if (ort != null) {
            env.put("ONNXRuntime", ort);
        }
        TreeSet<String> providers = new TreeSet<>();
        TreeSet<String> devices = new TreeSet<>();
        for (Summary.BenchmarkResult b : summary.benchmarks) {
            for (Summary.ModelResult m : b.models) {
                if (m.runtime != null) {
                    add(providers, m.runtime.get("execution_provider"));
                    add(providers, m.runtime.get("provider"));
                    add(devices, m.runtime.get("device"));
                }
            }
        }
        if (!providers.isEmpty()) {
            env.put("ExecutionProviders", String.join(", ", providers));
        }
        if (!devices.isEmpty()) {
            env.put("Devices", String.join(", ", devices));
        }
        String gpu = nvidiaSmi();
        if (gpu != null) {
            env.put("GPU", gpu);
        }
        return env;
    }

    /** Merges {@code facts} into an existing file's, so modules that write one after another keep each other's. */
    static String merge(Path existing, Map<String, String> facts) {
        Properties properties = new Properties();
        if (existing != null && Files.isRegularFile(existing)) {
            try (InputStream in = Files.newInputStream(existing)) {
                properties.load(in);
            } catch (IOException ignored) {
                // an unreadable file is replaced
            }
        }
        facts.forEach(properties::setProperty);
        TreeMap<String, String> sorted = new TreeMap<>();
        properties.forEach((k, v) -> sorted.put(k.toString(), v.toString()));
        StringWriter out = new StringWriter();
        sorted.forEach((k, v) -> out.append(escape(k, true)).append('=').append(escape(v, false)).append('\n'));
        return out.toString();
    }

    private static String escape(String s, boolean key) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '\n' || key && (c == '=' || c == ':' || c == ' ')) {
                b.append('\\').append(c == '\n' ? 'n' : c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static void add(TreeSet<String> set, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            set.add(String.valueOf(value));
        }
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux: the architecture is the best we know
        }
        return System.getProperty("os.arch");
    }

    private static String physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / (1024 * 1024) + " MiB";
        }
        return "unknown";
    }

    static String assayVersion() {
        try (InputStream in = RunEnvironment.class.getResourceAsStream("/dev/assay/assay-version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (IOException ignored) {
            // reported as unknown
        }
        return "unknown";
    }

    /** The ONNX Runtime jar's version from its manifest; the class is not initialised, so no native code loads. */
    private static String onnxRuntimeVersion() {
        try {
            Class<?> env = Class.forName("ai.onnxruntime.OrtEnvironment", false, RunEnvironment.class.getClassLoader());
            return env.getPackage() == null ? null : env.getPackage().getImplementationVersion();
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** {@code NVIDIA H100, driver 550.54} from nvidia-smi, or null when there is none. */
    private static String nvidiaSmi() {
        for (String dir : Objects.requireNonNullElse(System.getenv("PATH"), "").split(java.io.File.pathSeparator)) {
            Path smi = Path.of(dir, "nvidia-smi");
            if (Files.isExecutable(smi)) {
                try {
                    Process p = new ProcessBuilder(smi.toString(), "--query-gpu=name,driver_version",
                            "--format=csv,noheader").redirectErrorStream(true).start();
                    if (!p.waitFor(5, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                        return null;
                    }
                    String out = new String(p.getInputStream().readAllBytes()).trim();
                    if (p.exitValue() != 0 || out.isEmpty()) {
                        return null;
                    }
                    return out.lines().map(l -> l.replace(", ", ", driver ")).reduce((a, b) -> a + "; " + b).orElse(null);
                } catch (IOException e) {
                    return null;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
        return null;
    }
}
