package dev.assay.allure;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.assay.bench.TrivialAssayTestCase;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Measures what per-case Allure results cost: 10,000 trivial cases through Assay with
 * allure-jupiter's listener writing every case ({@code assay.allure.cases=all}: a result, a
 * container and two attachments each) against the same run with per-case results off
 * ({@code none}: summaries only), in one warm JVM, alternating. It prints wall times and the
 * difference per case; it asserts nothing about speed (machines are noisy).
 *
 * <p>Run: {@code mvn -o -pl extension/assay-tests -am test -Dassay.excludedGroups= -Dgroups=benchmark -Dtest=AllureOverheadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class AllureOverheadBenchmark {

    private static final int CASES = 10_000;
    private static final int ROUNDS = 3;

    @Test
    void perCaseResultsOnAgainstOff() throws IOException {
        Path dir = Path.of("target/bench-allure").toAbsolutePath();
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>(List.of("id,expected,x"));
        for (int i = 0; i < CASES; i++) {
            lines.add(String.format(Locale.ROOT, "case_%05d,%d,%d", i, 2 * i + (i % 7), i));
        }
        Files.write(dir.resolve("overhead.csv"), lines);

        long[] on = new long[ROUNDS];
        long[] off = new long[ROUNDS];
        run(dir, "none");
        run(dir, "all");
        long files = 0;
        for (int r = 0; r < ROUNDS; r++) {
            off[r] = run(dir, "none");
            on[r] = run(dir, "all");
            try (Stream<Path> s = Files.list(dir.resolve("allure-results"))) {
                files = s.count();
            }
        }
        double a = median(on);
        double n = median(off);
        System.out.printf(Locale.ROOT, "%n[bench] %,d trivial cases, median of %d runs (warm JVM):%n", CASES, ROUNDS);
        System.out.printf(Locale.ROOT, "[bench]   per-case Allure results off (none) %7.0f ms  %s%n", n, Arrays.toString(off));
        System.out.printf(Locale.ROOT, "[bench]   per-case Allure results on (all)   %7.0f ms  %s  (%,d files)%n", a,
                Arrays.toString(on), files);
        System.out.printf(Locale.ROOT, "[bench]   overhead per case                  %7.3f ms%n", (a - n) / CASES);
    }

    private static long run(Path dir, String cases) throws IOException {
        Path results = dir.resolve("allure-results");
        if (Files.exists(results)) {
            try (Stream<Path> s = Files.walk(results)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        AllureLifecycle previous = Allure.getLifecycle();
        AssayResultsWriter previousWriter = AllureInstaller.writer();
        AllureLifecycle lifecycle = AllureInstaller.use(new AssayResultsWriter(results));
        try {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(TrivialAssayTestCase.class))
                    .configurationParameters(Map.of("assay.root", dir.toString(),
                            "assay.output.dir", dir.resolve("assay").toString(), "assay.bootstrap.resamples", "0",
                            "assay.progress.seconds", "3600", AllureSettings.CASES_KEY, cases))
                    .build();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            long start = System.nanoTime();
            LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false)
                    .addTestExecutionListeners(new AllureJunitPlatform(lifecycle)).build()).execute(request, listener);
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (listener.getSummary().getTestsSucceededCount() < CASES) {
                throw new AssertionError("the run did not pass cleanly: " + listener.getSummary().getTestsSucceededCount()
                        + " succeeded");
            }
            return ms;
        } finally {
            AllureInstaller.restore(previous, previousWriter);
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
