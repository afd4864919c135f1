package dev.assay.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Measures Assay's per-case overhead: 10,000 trivial cases through Assay and through a plain
 * {@code @ParameterizedTest} over the same CSV file, in the same JVM, alternating, several times.
 * It prints wall times and ratios; it asserts nothing about speed (machines are noisy).
 *
 * <p>Every side first runs {@code -Dbench.warmups=N} times untimed (3 by default): each run is
 * 10,000 test nodes, and with one warm-up the JIT was still compiling JUnit's engine during the
 * first timed runs (1.2–2.8 s of compilation in a run, JFR), so the plain side's median swung
 * between warm and cold runs from one invocation to the next.
 *
 * <p>Run: {@code mvn -pl extension/assay-tests -am test -Dassay.excludedGroups= -Dgroups=benchmark -Dtest=OverheadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class OverheadBenchmark {

    private static final int CASES = 10_000;
    private static final int ROUNDS = 5;
    private static final int WARMUPS = Integer.getInteger("bench.warmups", 3);

    @Test
    void assayAgainstPlainParameterizedTest() throws IOException {
        Path dir = Path.of("target/bench").toAbsolutePath();
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>(List.of("id,expected,x"));
        for (int i = 0; i < CASES; i++) {
            lines.add(String.format(Locale.ROOT, "case_%05d,%d,%d", i, 2 * i + (i % 7), i));
        }
        Files.write(dir.resolve("overhead.csv"), lines);

        Map<String, String> plainConfig = Map.of();
        Map<String, String> withIntervals = Map.of("assay.root", dir.toString(),
                "assay.output.dir", dir.resolve("assay").toString(), "assay.allure.cases", "none");
        Map<String, String> noIntervals = Map.of("assay.root", dir.toString(),
                "assay.output.dir", dir.resolve("assay").toString(), "assay.bootstrap.resamples", "0",
                "assay.allure.cases", "none");
        long[] plain = new long[ROUNDS];
        long[] assay = new long[ROUNDS];
        long[] assayNoCi = new long[ROUNDS];
        for (int w = 0; w < WARMUPS; w++) {
            run(TrivialParameterizedTestCase.class, plainConfig);
            run(TrivialAssayTestCase.class, noIntervals);
            run(TrivialAssayTestCase.class, withIntervals);
        }
        for (int r = 0; r < ROUNDS; r++) {
            plain[r] = run(TrivialParameterizedTestCase.class, plainConfig);
            assayNoCi[r] = run(TrivialAssayTestCase.class, noIntervals);
            assay[r] = run(TrivialAssayTestCase.class, withIntervals);
        }
        double p = median(plain);
        double a = median(assayNoCi);
        double ai = median(assay);
        System.out.printf(Locale.ROOT, "%n[bench] %,d trivial cases, median of %d runs after %d warm-ups of each side:%n",
                CASES, ROUNDS, WARMUPS);
        System.out.printf(Locale.ROOT, "[bench]   plain @ParameterizedTest          %7.0f ms  %s%n", p, Arrays.toString(plain));
        System.out.printf(Locale.ROOT, "[bench]   Assay, cases + journal + metrics  %7.0f ms  %s  ratio %.2f%n", a,
                Arrays.toString(assayNoCi), a / p);
        System.out.printf(Locale.ROOT, "[bench]   Assay, + 1,000-resample intervals %7.0f ms  %s  ratio %.2f%n", ai,
                Arrays.toString(assay), ai / p);
        System.out.printf(Locale.ROOT, "[bench]   median of the rounds' own ratios: %.2f without intervals, %.2f with%n",
                medianRatio(assayNoCi, plain), medianRatio(assay, plain));
    }

    private static long run(Class<?> type, Map<String, String> config) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(type))
                .configurationParameters(config).build();
        // No auto-registered listeners on either side (Allure's is on the test classpath): this measures
        // the core loop; AllureOverheadBenchmark measures what Allure results cost per case.
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).build());
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        long start = System.nanoTime();
        launcher.execute(request, listener);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (listener.getSummary().getTotalFailureCount() > 0 || listener.getSummary().getTestsSucceededCount() < CASES) {
            throw new AssertionError(type.getSimpleName() + " did not run cleanly: "
                    + listener.getSummary().getTestsSucceededCount() + " succeeded, "
                    + listener.getSummary().getTotalFailureCount() + " failed");
        }
        return ms;
    }

    /** The median over rounds of {@code side[r] / plain[r]}: each ratio compares runs made back to back. */
    private static double medianRatio(long[] side, long[] plain) {
        double[] ratios = new double[side.length];
        for (int r = 0; r < side.length; r++) {
            ratios[r] = side[r] / (double) plain[r];
        }
        Arrays.sort(ratios);
        return ratios[ratios.length / 2];
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
