package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.testkit.BenchmarkRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paired comparisons: too few cases cannot tell; enough cases with a real difference say better or worse. */
class CompareTest {

    @TempDir
    Path dir;

    private Path dataset(int n) throws IOException {
        Random random = new Random(7);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(String.format(java.util.Locale.ROOT, "{\"id\":\"c%03d\",\"expected\":\"%s\",\"u\":%.6f}", i,
                    i % 2 == 0 ? "pos" : "neg", random.nextDouble()));
        }
        Path root = dir.resolve("data-" + n);
        Files.createDirectories(root);
        Files.write(root.resolve("cases.jsonl"), lines);
        return root;
    }

    private BenchmarkRun run(int n, Class<?> fixture) throws IOException {
        return BenchmarkRun.of(dir.resolve("out-" + n), Map.of("assay.root", dataset(n).toString()), fixture);
    }

    private static JsonNode row(JsonNode summary, String metric) {
        return StreamSupport.stream(summary.at("/benchmarks/0/comparisons").spliterator(), false)
                .filter(c -> c.get("metric").asText().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void sixCasesCannotTell() throws IOException {
        BenchmarkRun run = run(6, CompareTestCase.Upgrade.class);

        run.results().testEvents().assertThatEvents().haveExactly(1,
                event(displayName("compare \u203a weak vs strong"), finishedSuccessfully()));
        JsonNode accuracy = row(run.summary(), "accuracy");
        assertThat(accuracy.get("verdict").asText()).isEqualTo("cannot_tell");
        assertThat(accuracy.get("cannot_tell").asBoolean()).isTrue();
        assertThat(accuracy.get("test").asText()).isEqualTo("mcnemar_exact");
        assertThat(accuracy.get("note").asText()).startsWith("this run cannot tell whether strong differs from weak "
                + "on accuracy").endsWith("too few cases for any claim (6 pairs; at least 10 needed)");
        assertThat(accuracy.get("n_pairs").asInt()).isEqualTo(6);
    }

    @Test
    void notSignificantWithoutATolerancecannotTellAndSaysWhy() throws IOException {
        BenchmarkRun run = run(40, CompareTestCase.Upgrade.class);

        JsonNode summary = run.summary();
        StreamSupport.stream(summary.at("/benchmarks/0/comparisons").spliterator(), false).forEach(row -> {
            // Nothing here declares a tolerance, so nothing may claim "no difference".
            assertThat(row.get("verdict").asText()).as(row.toString()).isIn("better", "worse", "cannot_tell");
            if (row.get("verdict").asText().equals("cannot_tell")) {
                assertThat(row.get("note").asText()).as(row.toString()).doesNotContain("too few cases")
                        .contains("declare a tolerance on @Compare to test for equivalence");
            }
        });
    }

    @Test
    void equivalenceWithinADeclaredToleranceSaysNoDifference() throws IOException {
        BenchmarkRun run = run(2000, CompareTestCase.Twins.class);

        JsonNode accuracy = row(run.summary(), "accuracy");
        assertThat(accuracy.get("verdict").asText()).isEqualTo("no_difference");
        assertThat(accuracy.get("ci_low").asDouble()).isGreaterThan(-0.05);
        assertThat(accuracy.get("ci_high").asDouble()).isLessThan(0.05);
        assertThat(accuracy.get("note").asText()).startsWith("twin-b and twin-a are equivalent on accuracy within \u00b10.05");
    }

    @Test
    void everyRowHasANamedEffectSizeAndNoPValueIsZero() throws IOException {
        BenchmarkRun run = run(500, CompareTestCase.Upgrade.class);

        StreamSupport.stream(run.summary().at("/benchmarks/0/comparisons").spliterator(), false).forEach(row -> {
            assertThat(row.get("effect_size").isNumber()).as(row.toString()).isTrue();
            assertThat(row.get("effect_size_kind").asText()).as(row.toString()).isIn("cohens_dz", "rank_biserial",
                    "discordant_odds_ratio", "relative_difference", "difference");
            assertThat(row.get("p_value").asDouble()).as(row.toString()).isPositive();
            assertThat(row.get("p_adjusted").asDouble()).as(row.toString()).isPositive();
            assertThat(row.get("correction").asText()).isEqualTo("holm");
            assertThat(row.get("interval_adjusted").asBoolean()).isFalse();
        });
        JsonNode accuracy = row(run.summary(), "accuracy");
        assertThat(accuracy.get("effect_size_kind").asText()).isEqualTo("discordant_odds_ratio");
        // Only the candidate is ever right alone: the Haldane-corrected ratio (c + 0.5) / 0.5, exact CI open above.
        int c = accuracy.get("discordant_candidate").asInt();
        assertThat(accuracy.get("effect_size").asDouble()).isEqualTo((c + 0.5) / 0.5);
        assertThat(accuracy.get("effect_size_ci_low").asDouble()).isGreaterThan(1);
        assertThat(accuracy.get("effect_size_ci_high").isNull()).isTrue();
        JsonNode f1 = row(run.summary(), "f1_macro");
        assertThat(f1.get("effect_size_kind").asText()).isEqualTo("relative_difference");
        assertThat(f1.get("effect_size").asDouble()).isCloseTo(f1.get("delta").asDouble()
                / Math.abs(f1.get("baseline_value").asDouble()), org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void fiveHundredCasesWithARealDifferenceSayBetter() throws IOException {
        BenchmarkRun run = run(500, CompareTestCase.Upgrade.class);

        run.results().testEvents().assertThatEvents().haveExactly(1,
                event(displayName("compare \u203a weak vs strong"), finishedSuccessfully()));
        JsonNode accuracy = row(run.summary(), "accuracy");
        assertThat(accuracy.get("verdict").asText()).isEqualTo("better");
        assertThat(accuracy.get("cannot_tell").asBoolean()).isFalse();
        assertThat(accuracy.get("discordant_baseline").asInt()).isZero();
        assertThat(accuracy.get("discordant_candidate").asInt()).isPositive();
        assertThat(accuracy.get("p_adjusted").asDouble()).isLessThan(0.001);
        assertThat(accuracy.get("delta").asDouble()).isBetween(0.10, 0.20);
        assertThat(accuracy.get("ci_low").asDouble()).isPositive();
    }

    @Test
    void fiveHundredCasesWithARealDropSayWorseAndFailTheNode() throws IOException {
        BenchmarkRun run = run(500, CompareTestCase.Downgrade.class);

        run.results().testEvents().assertThatEvents().haveExactly(1,
                event(displayName("compare \u203a strong vs weak"), finishedWithFailure(message(m ->
                        m.startsWith("weak is significantly worse than strong on") && m.contains("accuracy")))));
        assertThat(row(run.summary(), "accuracy").get("verdict").asText()).isEqualTo("worse");
    }
}
