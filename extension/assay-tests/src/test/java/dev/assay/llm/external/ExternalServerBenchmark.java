package dev.assay.llm.external;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures Assay's LLM path against an <em>external</em> OpenAI-compatible server, not a check: the
 * stand-in runs in a JVM of its own ({@link StandInServerMain}), and each side runs in a cold JVM of
 * its own ({@link ExternalRun}), so neither the server's CPU nor a warm JIT is counted for either.
 * Sides: {@code plain} (a JUnit {@code @ParameterizedTest} with the JDK {@code HttpClient}),
 * {@code assay} (one Assay node per case, JUnit parallel execution, 16 in flight on both) and
 * {@code offline} ({@code @Scenario(OFFLINE, concurrency = 16)}). It prints, per run:
 * <ol>
 *   <li>5,000 cases at 50 ms per reply: cases/s of each side, Assay per case / plain and offline
 *       against the Little's-law ideal 16 / 0.05 s = 320/s (targets 0.95 and 0.94);</li>
 *   <li>5,000 cases at 0 ms: the process CPU per case of plain and Assay and the difference (target
 *       0.3 ms).</li>
 * </ol>
 * Sides alternate in order from run to run ({@code -Dassay.bench.runs}, default 2). With
 * {@code -Dassay.bench.jfr=DIR} each side's JVM records a JFR profile into DIR.
 *
 * <p>Run: {@code mvn -o -pl extension/assay-tests -am test -Dassay.excludedGroups= -Dgroups=benchmark -Dtest=ExternalServerBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class ExternalServerBenchmark {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final double IDEAL = 16 / 0.05;

    @Test
    void externalServer() throws Exception {
        int cases = Integer.getInteger("assay.bench.cases", 5000);
        int runs = Integer.getInteger("assay.bench.runs", 2);
        Path root = Path.of("target/bench/external-llm").toAbsolutePath();
        Files.createDirectories(root);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            lines.add(String.format(Locale.ROOT, "{\"id\": \"case_%05d\", \"expected\": \"ok\", \"prompt\": \"case %d\"}", i, i));
        }
        Files.write(root.resolve("cases.jsonl"), lines);
        List<String> report = new ArrayList<>();

        try (Server server = Server.start(50)) {
            for (int r = 1; r <= runs; r++) {
                // Interleaved and reversed every other run, so neither side always goes first on a warming machine.
                String[] order = r % 2 == 1 ? new String[] {"plain", "assay", "offline"} : new String[] {"offline", "assay", "plain"};
                Map<String, Map<String, Double>> got = new HashMap<>();
                for (String side : order) {
                    got.put(side, side(side, server.url, root, cases, "50ms-run" + r));
                }
                double plain = cases / (got.get("plain").get("wall_ms") / 1000);
                double assay = cases / (got.get("assay").get("wall_ms") / 1000);
                double offlineWall = cases / (got.get("offline").get("wall_ms") / 1000);
                double offlineSpan = cases / (got.get("offline").get("span_ms") / 1000);
                report.add(String.format(Locale.ROOT, "[external] run %d, %d cases @ 50 ms, 16 in flight, cold JVMs (order %s):",
                        r, cases, String.join(", ", order)));
                report.add(String.format(Locale.ROOT, "[external]   plain @ParameterizedTest + HttpClient  %6.2f s = %6.1f cases/s (span %.2f s)",
                        got.get("plain").get("wall_ms") / 1000, plain, got.get("plain").get("span_ms") / 1000));
                report.add(String.format(Locale.ROOT, "[external]   Assay, one node per case           %6.2f s = %6.1f cases/s (span %.2f s)  %.3fx plain (target 0.95: %s)",
                        got.get("assay").get("wall_ms") / 1000, assay, got.get("assay").get("span_ms") / 1000, assay / plain,
                        assay / plain >= 0.95 ? "met" : "MISSED"));
                report.add(String.format(Locale.ROOT, "[external]   Assay @Scenario(OFFLINE, 16)       %6.2f s = %6.1f cases/s (span %.2f s = %.1f/s)  %.3fx ideal %.0f/s over the run, %.3fx over the span (target 0.94: %s), %.3fx plain",
                        got.get("offline").get("wall_ms") / 1000, offlineWall, got.get("offline").get("span_ms") / 1000, offlineSpan,
                        offlineWall / IDEAL, IDEAL, offlineSpan / IDEAL, offlineWall / IDEAL >= 0.94 ? "met" : "MISSED", offlineWall / plain));
            }
        }
        try (Server server = Server.start(0)) {
            for (int r = 1; r <= runs; r++) {
                String[] order = r % 2 == 1 ? new String[] {"plain", "assay"} : new String[] {"assay", "plain"};
                Map<String, Map<String, Double>> got = new HashMap<>();
                for (String side : order) {
                    got.put(side, side(side, server.url, root, cases, "0ms-run" + r));
                }
                double plainCpu = got.get("plain").get("cpu_total_ms") / cases;
                double assayCpu = got.get("assay").get("cpu_total_ms") / cases;
                double plainRun = got.get("plain").get("cpu_run_ms") / cases;
                double assayRun = got.get("assay").get("cpu_run_ms") / cases;
                report.add(String.format(Locale.ROOT, "[external] run %d, %d cases @ 0 ms, process CPU per case (order %s):", r, cases,
                        String.join(", ", order)));
                report.add(String.format(Locale.ROOT, "[external]   plain %.3f ms/case (%.3f during the run), wall %.2f s, JIT %.0f ms",
                        plainCpu, plainRun, got.get("plain").get("wall_ms") / 1000, got.get("plain").get("jit_ms")));
                report.add(String.format(Locale.ROOT, "[external]   Assay %.3f ms/case (%.3f during the run), wall %.2f s, JIT %.0f ms: +%.3f ms/case above plain "
                                + "(+%.3f during the run; target 0.3: %s), %.2fx plain",
                        assayCpu, assayRun, got.get("assay").get("wall_ms") / 1000, got.get("assay").get("jit_ms"),
                        assayCpu - plainCpu, assayRun - plainRun, assayCpu - plainCpu <= 0.3 ? "met" : "MISSED", assayCpu / plainCpu));
            }
        }
        System.out.println();
        report.forEach(System.out::println);
    }

    /** Runs one side in a fresh JVM; returns the numbers of its RESULT line. */
    private static Map<String, Double> side(String side, String url, Path root, int cases, String label) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA));
        String jfr = System.getProperty("assay.bench.jfr");
        if (jfr != null && !jfr.isBlank()) {
            Files.createDirectories(Path.of(jfr));
            command.add("-XX:StartFlightRecording=filename=" + Path.of(jfr).toAbsolutePath().resolve(side + "-" + label + ".jfr") + ",settings=profile");
        }
        for (String p : new String[] {"assay.bench.stream", "assay.bench.config"}) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ExternalRun.class.getName(), side, url, root.toString(),
                Integer.toString(cases)));
        Path log = root.resolve(side + "-" + label + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(side + " did not finish in 10 minutes; see " + log);
        }
        String result = Files.readAllLines(log).stream().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new AssertionError(side + " printed no RESULT; see " + log));
        System.out.println("[external] " + label + " " + result);
        if (p.exitValue() != 0) {
            throw new AssertionError(side + " failed (exit " + p.exitValue() + "); see " + log);
        }
        Map<String, Double> values = new HashMap<>();
        for (String kv : result.substring(7).split(" ")) {
            int eq = kv.indexOf('=');
            if (!kv.startsWith("side=")) {
                values.put(kv.substring(0, eq), Double.parseDouble(kv.substring(eq + 1)));
            }
        }
        return values;
    }

    /** The stand-in in its own JVM; closing its stdin ends it. */
    private static final class Server implements AutoCloseable {
        final Process process;
        final String url;

        private Server(Process process, String url) {
            this.process = process;
            this.url = url;
        }

        static Server start(int delayMs) throws IOException {
            Process p = new ProcessBuilder(JAVA, "-cp", System.getProperty("java.class.path"), StandInServerMain.class.getName(),
                    Integer.toString(delayMs)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null || !line.startsWith("URL ")) {
                p.destroyForcibly();
                throw new IllegalStateException("the stand-in server printed no URL: " + line);
            }
            return new Server(p, line.substring(4).strip());
        }

        @Override
        public void close() throws Exception {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
