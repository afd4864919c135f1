package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.testkit.BenchmarkRun;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases of a benchmark under JUnit's parallel execution: they overlap, yet every summary and
 * comparison node sees all of its models' cases, and nothing deadlocks when the pool is small.
 */
class ParallelExecutionTest {

    @TempDir
    Path output;

    private static Map<String, String> parallel(int parallelism) {
        return Map.of("junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", Integer.toString(parallelism),
                "assay.root", Path.of("src/test/resources").toAbsolutePath().toString());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void casesRunConcurrentlyAndSummariesWaitForEveryCase() {
        ParallelBenchmarkTestCase.reset();
        BenchmarkRun run = BenchmarkRun.of(output, parallel(8), ParallelBenchmarkTestCase.class);

        run.results().testEvents().assertStatistics(s -> s.started(2 * 18 + 2 + 1).succeeded(2 * 18 + 2 + 1).failed(0));
        assertThat(ParallelBenchmarkTestCase.MOST_IN_FLIGHT.get()).isGreaterThan(2);
        assertThat(run.journal()).hasSize(36);
        JsonNode summary = run.summary();
        JsonNode models = summary.path("benchmarks").get(0).path("models");
        assertThat(models).hasSize(2);
        models.forEach(m -> assertThat(m.path("n").asInt()).isEqualTo(18));
        assertThat(summary.path("benchmarks").get(0).path("comparisons").get(0).path("n_pairs").asInt()).isEqualTo(18);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twoModelsOnTwoThreadsDoNotDeadlock() {
        ParallelBenchmarkTestCase.reset();
        BenchmarkRun run = BenchmarkRun.of(output, parallel(2), ParallelBenchmarkTestCase.class);

        run.results().testEvents().assertStatistics(s -> s.started(39).succeeded(39));
        run.summary().path("benchmarks").get(0).path("models")
                .forEach(m -> assertThat(m.path("n").asInt()).isEqualTo(18));
    }

    @Test
    void sequentialRunsAreUnchanged() {
        ParallelBenchmarkTestCase.reset();
        BenchmarkRun run = BenchmarkRun.of(output, Map.of("assay.root",
                Path.of("src/test/resources").toAbsolutePath().toString()), ParallelBenchmarkTestCase.class);

        run.results().testEvents().assertStatistics(s -> s.started(39).succeeded(39));
        assertThat(ParallelBenchmarkTestCase.MOST_IN_FLIGHT.get()).isEqualTo(1);
    }

    @Test
    void aSummarySelectedOnItsOwnDoesNotWaitForCasesThatWillNeverRun() {
        // An IDE re-run of one summary node: its cases are filtered out, so they never register.
        String summary = "[engine:junit-jupiter]/[class:" + RegressionBenchmarkTestCase.class.getName() + "]"
                + "/[test-template:exact(dev.assay.api.BenchmarkCase, dev.assay.api.Outcome)]"
                + "/[test-template-invocation:#5]";
        org.junit.platform.testkit.engine.EngineExecutionResults results = org.junit.jupiter.api.Assertions
                .assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> org.junit.platform.testkit.engine
                        .EngineTestKit.engine("junit-jupiter")
                        .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId(summary))
                        .configurationParameters(parallel(2))
                        .configurationParameter("assay.output.dir", output.toString())
                        .configurationParameter("assay.history.dir", "none")
                        .execute());
        assertThat(results.testEvents().started().count()).isEqualTo(1);
        assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
    }
}
