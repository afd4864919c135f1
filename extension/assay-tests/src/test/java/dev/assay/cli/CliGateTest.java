package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.junit.CompareTestCase;
import dev.assay.junit.RegressionBenchmarkTestCase;
import dev.assay.testing.BinaryCases;
import dev.assay.testing.CliCall;
import dev.assay.testkit.BenchmarkRun;
import dev.assay.testkit.Contracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assay report} as a CI gate: one test per row of the README's exit-code table. */
class CliGateTest {

    @TempDir
    Path temp;

    private static CliCall cli(String... args) {
        return CliCall.of(args);
    }

    private Path regressionRun() {
        return BenchmarkRun.of(temp.resolve("run"), RegressionBenchmarkTestCase.class).runDir();
    }

    /** A run of a @Compare where the candidate is clearly worse (500 cases, accuracy 0.85 against 0.70). */
    private Path downgradeRun() throws IOException {
        Path data = BinaryCases.write(temp.resolve("data"), 500, 7);
        return BenchmarkRun.of(temp.resolve("compare"), Map.of("assay.root", data.toString(), "assay.bootstrap.resamples", "200"),
                CompareTestCase.Downgrade.class).runDir();
    }

    @Test
    void exit0WhenEveryThresholdAndComparisonHolds() {
        CliCall call = cli("report", "--out", temp.resolve("r").toString(), "--threshold", "mae<=6", regressionRun().toString());

        assertThat(call.status()).isZero();
        assertThat(call.out()).doesNotContain("[assay] FAIL");
    }

    @Test
    void exit1WhenAThresholdFails() {
        CliCall call = cli("report", "--out", temp.resolve("r").toString(), regressionRun().toString());

        assertThat(call.status()).isEqualTo(1);
        assertThat(call.out()).contains("[assay] FAIL tiny \u203a off: mae 5 is above the maximum 3");
    }

    @Test
    void exit1WhenAComparisonFindsTheCandidateSignificantlyWorse() throws IOException {
        CliCall call = cli("report", "--out", temp.resolve("r").toString(), downgradeRun().toString());

        assertThat(call.status()).isEqualTo(1);
        assertThat(call.out()).contains("[assay] FAIL downgrade \u203a compare strong vs weak: weak is significantly worse on accuracy");
    }

    @Test
    void aCompareTheRunDeclaredIsNotAddedTwice() throws IOException {
        Path run = downgradeRun();
        JsonNode stored = Contracts.assertSummaryConforms(run.resolve("summary.json"));

        cli("report", "--out", temp.resolve("r").toString(), "--resamples", "200", "--compare", "strong:weak", run.toString());

        JsonNode rebuilt = Contracts.assertSummaryConforms(temp.resolve("r/summary.json"));
        assertThat(rebuilt.at("/benchmarks/0/comparisons").size()).isEqualTo(stored.at("/benchmarks/0/comparisons").size());
        assertThat(rebuilt.at("/benchmarks/0/comparisons")).isEqualTo(stored.at("/benchmarks/0/comparisons"));
    }

    @Test
    void exit2ForAModelBenchmarkOrMetricTheJournalsDoNotHave() {
        Path run = regressionRun();
        String out = temp.resolve("r").toString();

        CliCall model = cli("report", "--out", out, "--threshold", "exakt:mae<=1", run.toString());
        CliCall compare = cli("report", "--out", out, "--compare", "exact:nosuch", run.toString());
        CliCall benchmark = cli("report", "--out", out, "--benchmark", "tinny", run.toString());
        CliCall metric = cli("report", "--out", out, "--threshold", "accuracy>=0.9", run.toString());

        assertThat(List.of(model.status(), compare.status(), benchmark.status(), metric.status())).containsOnly(2);
        assertThat(model.err()).contains("names the model [exakt], which the journals do not have; their models are "
                + "{tiny=[exact, off]}");
        assertThat(compare.err()).contains("no benchmark of the journals has both [exact] and [nosuch]");
        assertThat(benchmark.err()).contains("--benchmark [tinny] is not in the journals; their benchmarks are [tiny]");
        assertThat(metric.err()).contains("no benchmark [tiny] of the journals computes [accuracy]")
                .contains("tasks there: {tiny=[regression]}");
    }

    @Test
    void exit3WhenCasesAreMissingUnlessIncompleteRunsAreAllowed() throws IOException {
        Path run = regressionRun();
        Path journal = run.resolve("journal.jsonl");
        List<String> lines = Files.readAllLines(journal);
        Files.write(journal, lines.subList(0, lines.size() - 2));

        CliCall strict = cli("report", "--out", temp.resolve("r").toString(), "--threshold", "mae<=6", run.toString());
        CliCall allowed = cli("report", "--out", temp.resolve("a").toString(), "--threshold", "mae<=6", "--allow-incomplete",
                run.toString());

        assertThat(strict.status()).isEqualTo(3);
        assertThat(strict.out()).contains("[assay] INCOMPLETE: tiny \u203a off has 2 of 4 records; exit 3");
        assertThat(allowed.status()).isZero();
    }
}
