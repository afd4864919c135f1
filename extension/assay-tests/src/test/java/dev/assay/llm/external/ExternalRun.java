package dev.assay.llm.external;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.assay.api.BenchmarkCase;
import dev.assay.api.Outcome;
import dev.assay.llm.ChatClient;
import dev.assay.llm.ChatResponse;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * One side of {@link ExternalServerBenchmark} in a cold JVM of its own:
 * {@code java -cp CP dev.assay.llm.external.ExternalRun SIDE BASE_URL ROOT CASES}, SIDE being
 * {@code plain} ({@link PlainHttpClientTestCase}), {@code assay} ({@link AssayPerCaseTestCase}) or
 * {@code offline} ({@link AssayOfflineTestCase}). Runs the fixture through the JUnit Platform
 * launcher (no auto-registered listeners on either side) and prints one line
 * {@code RESULT side=… wall_ms=… span_ms=… cpu_run_ms=… cpu_total_ms=… jit_ms=… ok=… failed=…}:
 * {@code wall_ms} is the launcher's whole execution (discovery, cases, summaries), {@code span_ms}
 * the first case's start to the last case's end, {@code cpu_total_ms} this process's CPU time from
 * JVM start (class loading and JIT included: what a cold run costs), {@code cpu_run_ms} the part
 * spent during the execution.
 */
public final class ExternalRun {

    private static final AtomicLong FIRST_START = new AtomicLong(Long.MAX_VALUE);
    private static final AtomicLong LAST_END = new AtomicLong();

    private ExternalRun() {
    }

    static void started() {
        FIRST_START.accumulateAndGet(System.nanoTime(), Math::min);
    }

    static void ended() {
        LAST_END.accumulateAndGet(System.nanoTime(), Math::max);
    }

    /** One Assay case: a stand-in call between the span's marks, its reply recorded and predicted. */
    static void ask(BenchmarkCase c, Outcome out, ChatClient llm) {
        started();
        ChatResponse r = llm.chat(c.text("prompt"));
        r.recordTo(out);
        out.predict(r.text().strip());
        ended();
    }

    public static void main(String[] args) throws Exception {
        String side = args[0];
        String baseUrl = args[1];
        String root = args[2];
        int cases = Integer.parseInt(args[3]);
        System.setProperty("assay.bench.baseUrl", baseUrl);
        System.setProperty("assay.bench.cases", Integer.toString(cases));
        Map<String, String> config = new HashMap<>();
        Class<?> fixture;
        switch (side) {
            case "plain": fixture = PlainHttpClientTestCase.class; break;
            case "assay": fixture = AssayPerCaseTestCase.class; break;
            case "offline": fixture = AssayOfflineTestCase.class; break;
            default: throw new IllegalArgumentException("side: plain, assay or offline, not " + side);
        }
        if (!side.equals("offline")) {
            // One node per case: JUnit's parallel execution supplies the 16 in flight on both sides.
            config.put("junit.jupiter.execution.parallel.enabled", "true");
            config.put("junit.jupiter.execution.parallel.mode.default", "concurrent");
            config.put("junit.jupiter.execution.parallel.config.strategy", "fixed");
            config.put("junit.jupiter.execution.parallel.config.fixed.parallelism", "16");
        }
        config.put("assay.root", root);
        config.put("assay.output.dir", root + "/out-" + side);
        config.put("assay.provider.mode", "live");
        config.put("assay.provider.standin.baseUrl", baseUrl);
        config.put("assay.provider.standin.protocol", "openai");
        config.put("assay.provider.standin.apiKeyEnv", "none");
        config.put("assay.provider.standin.maxConcurrent", "16");
        // The plain side makes whole (non-streamed) calls: the same calls, so the same server work.
        config.put("assay.provider.standin.stream", System.getProperty("assay.bench.stream", "false"));
        // Allure results cost is AllureOverheadBenchmark's subject; this one measures the core path.
        config.put("assay.allure.cases", "none");
        for (String extra : System.getProperty("assay.bench.config", "").split(",")) {
            int eq = extra.indexOf('=');
            if (eq > 0) {
                config.put(extra.substring(0, eq), extra.substring(eq + 1));
            }
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture))
                .configurationParameters(config).build();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var jit = ManagementFactory.getCompilationMXBean();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        long cpu0 = os.getProcessCpuTime();
        long start = System.nanoTime();
        LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false)
                .addTestExecutionListeners(summary).build()).execute(request);
        long wall = System.nanoTime() - start;
        long cpuEnd = os.getProcessCpuTime();
        System.out.printf(Locale.ROOT, "RESULT side=%s wall_ms=%.1f span_ms=%.1f cpu_run_ms=%.1f cpu_total_ms=%.1f jit_ms=%d ok=%d failed=%d%n",
                side, wall / 1e6, (LAST_END.get() - FIRST_START.get()) / 1e6, (cpuEnd - cpu0) / 1e6, cpuEnd / 1e6,
                jit.getTotalCompilationTime(), summary.getSummary().getTestsSucceededCount(),
                summary.getSummary().getTotalFailureCount());
        if (summary.getSummary().getTotalFailureCount() > 0) {
            summary.getSummary().getFailures().stream().limit(3).forEach(f -> f.getException().printStackTrace());
        }
        System.exit(summary.getSummary().getTotalFailureCount() == 0 ? 0 : 1);
    }
}
