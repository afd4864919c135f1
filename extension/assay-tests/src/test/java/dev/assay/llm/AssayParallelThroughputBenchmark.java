package dev.assay.llm;

import dev.assay.testkit.StandInServer;
import dev.assay.testkit.BenchmarkRun;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures LLM-benchmark throughput through Assay, not a check: 500 cases against the stand-in at
 * 50 ms per reply, JUnit parallel execution with 16 threads and 16 requests in flight, streamed and
 * not, after warm-up runs in the same JVM. Prints cases/s (first case start to last case end) against
 * the ideal 16 / 0.05 s = 320, the process CPU per case and the JIT's compile time in each run;
 * asserts nothing about speed. Runs alternate streamed and not; the first {@value #WARMUPS} (or
 * {@code -Dassay.bench.warmups}) are labelled warm-up: they pay for the JIT.
 * With {@code -Dassay.bench.noHttp=true} the case sleeps 50 ms instead of calling the stand-in: the
 * ceiling that Assay and JUnit's parallel execution alone allow on the machine.
 *
 * <p>Run: {@code mvn -o -pl extension/assay-tests -am test -Dassay.excludedGroups= -Dgroups=benchmark -Dtest=AssayParallelThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class AssayParallelThroughputBenchmark {

    private static final int CASES = 500;
    private static final int IN_FLIGHT = 16;
    private static final double IDEAL = IN_FLIGHT / 0.05;
    // Until C2 has compiled the HTTP client, the server and JUnit's parallel executor, the JIT takes most
    // of a core: after 8 warm-up runs it still compiled 1.5-2.5 s during each 2 s run, after 30 about
    // 0.1-0.6 s (printed per run), and throughput rose as it stopped.
    private static final int WARMUPS = 40;
    private static final int MEASURED = 8;

    @Test
    void fiveHundredCasesSixteenInFlight() throws IOException {
        Path root = Path.of("target/bench/provider-throughput").toAbsolutePath();
        Files.createDirectories(root);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            lines.add(String.format(Locale.ROOT, "{\"id\": \"case_%03d\", \"expected\": \"ok\", \"prompt\": \"case %d\"}", i, i));
        }
        Files.write(root.resolve("cases.jsonl"), lines);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (StandInServer server = StandInServer.start((model, msgs) -> "ok").replyDelay(Duration.ofMillis(50))) {
            int warmups = Integer.getInteger("assay.bench.warmups", WARMUPS);
            List<Double> measured = new ArrayList<>();
            for (int i = 0; i < warmups + MEASURED; i++) {
                String stream = Boolean.toString(i % 2 == 1);
                String label = i < warmups ? "warm-up " : "";
                Map<String, String> config = new HashMap<>();
                config.put("assay.root", root.toString());
                config.put("assay.provider.mode", "live");
                config.put("assay.provider.standin.baseUrl", server.baseUrl(Protocol.OPENAI).toString());
                config.put("assay.provider.standin.protocol", "openai");
                config.put("assay.provider.standin.maxConcurrent", Integer.toString(IN_FLIGHT));
                config.put("assay.provider.standin.stream", stream);
                config.put("assay.bootstrap.resamples", "0");
                config.put("junit.jupiter.execution.parallel.enabled", "true");
                config.put("junit.jupiter.execution.parallel.mode.default", "concurrent");
                config.put("junit.jupiter.execution.parallel.config.strategy", "fixed");
                config.put("junit.jupiter.execution.parallel.config.fixed.parallelism", Integer.toString(IN_FLIGHT));
                ParallelThroughputTestCase.reset();
                long cpu = os.getProcessCpuTime();
                long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
                BenchmarkRun run = BenchmarkRun.of(root.resolve("out"), config, ParallelThroughputTestCase.class);
                double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6;
                long jitMs = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit;
                long succeeded = run.results().testEvents().succeeded().count();
                double seconds = (ParallelThroughputTestCase.LAST_END.get() - ParallelThroughputTestCase.FIRST_START.get()) / 1e9;
                double rate = CASES / seconds;
                System.out.printf(Locale.ROOT, "[throughput] %sstream=%s: %d cases (%d nodes ok) in %.2f s = %.1f cases/s, "
                                + "%.2f of the ideal %.0f/s; CPU %.2f ms/case (client + stand-in + Assay + JIT), JIT compiling %d ms%n",
                        label, stream, CASES, succeeded, seconds, rate, rate / IDEAL, IDEAL, cpuMs / CASES, jitMs);
                if (i >= warmups) {
                    measured.add(rate / IDEAL);
                }
            }
            double[] sorted = measured.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "[throughput] %d measured runs after %d warm-up runs: median %.3f of the ideal "
                    + "(%.1f cases/s), range %.3f-%.3f%n", sorted.length, warmups,
                    (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2,
                    IDEAL * (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2, sorted[0],
                    sorted[sorted.length - 1]);
        }
    }
}
