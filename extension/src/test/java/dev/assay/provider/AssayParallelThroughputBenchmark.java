package dev.assay.provider;

import dev.assay.provider.standin.StandInServer;
import dev.assay.testing.BenchmarkRun;
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
 * not, after a warm-up run in the same JVM. Prints cases/s (first case start to last case end) against
 * the ideal 16 / 0.05 s = 320, and the process CPU per case; asserts nothing about speed. Runs
 * alternate streamed and not; the first eight are labelled warm-up: they pay for the JIT (C2 compiling
 * the JDK HTTP client took half the CPU of a short run in a {@code perf} profile).
 * With {@code -Dassay.bench.noHttp=true} the case sleeps 50 ms instead of calling the stand-in: the
 * ceiling that Assay and JUnit's parallel execution alone allow on the machine.
 *
 * <p>Run: {@code mvn -o -pl extension test -Dassay.excludedGroups= -Dgroups=benchmark -Dtest=AssayParallelThroughputBenchmark}
 */
@Tag("benchmark")
class AssayParallelThroughputBenchmark {

    private static final int CASES = 500;
    private static final int IN_FLIGHT = 16;
    private static final double IDEAL = IN_FLIGHT / 0.05;

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
            // Eight warm-up runs (4,000 cases) first: until C2 has compiled the HTTP client the run measures the JIT.
            List<String> modes = List.of("false", "true", "false", "true", "false", "true", "false", "true",
                    "false", "true", "false", "true", "false", "true");
            for (int i = 0; i < modes.size(); i++) {
                String stream = modes.get(i);
                String label = i < 8 ? "warm-up " : "";
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
                BenchmarkRun run = BenchmarkRun.of(root.resolve("out"), config, ParallelThroughputTestCase.class);
                double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6;
                long succeeded = run.results().testEvents().succeeded().count();
                double seconds = (ParallelThroughputTestCase.LAST_END.get() - ParallelThroughputTestCase.FIRST_START.get()) / 1e9;
                double rate = CASES / seconds;
                System.out.printf(Locale.ROOT, "[throughput] %sstream=%s: %d cases (%d nodes ok) in %.2f s = %.1f cases/s, "
                                + "%.2f of the ideal %.0f/s; CPU %.2f ms/case (client + stand-in + Assay)%n",
                        label, stream, CASES, succeeded, seconds, rate, rate / IDEAL, IDEAL, cpuMs / CASES);
            }
        }
    }
}
