package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.testkit.BenchmarkRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored baselines: created by the update switch, checked with paired tests or allowances, through the engine. */
class BaselineTest {

    @TempDir
    Path dir;

    private int runs;

    @BeforeEach
    void dataset() throws IOException {
        Random random = new Random(11);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            lines.add(String.format(Locale.ROOT, "{\"id\":\"c%03d\",\"expected\":\"%s\",\"u\":%.6f}", i,
                    i % 2 == 0 ? "pos" : "neg", random.nextDouble()));
        }
        Files.write(dir.resolve("cases.jsonl"), lines);
    }

    @AfterEach
    void resetSkill() {
        BaselineTestCase.skill = 0.85;
    }

    private BenchmarkRun run(Class<?> fixture, double skill, boolean update) {
        BaselineTestCase.skill = skill;
        return BenchmarkRun.of(dir.resolve("out-" + runs++), Map.of("assay.root", dir.toString(),
                "assay.bootstrap.resamples", "300", "assay.baseline.update", String.valueOf(update)), fixture);
    }

    private static JsonNode row(JsonNode summary, String metric) {
        return StreamSupport.stream(summary.at("/benchmarks/0/baselines").spliterator(), false)
                .filter(c -> c.get("metric").asText().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void aMissingBaselineSaysHowToCreateIt() {
        BenchmarkRun run = run(BaselineTestCase.Paired.class, 0.85, false);

        run.results().testEvents().assertThatEvents().haveExactly(1, event(displayName("baseline \u203a m"),
                finishedWithFailure(message(m -> m.startsWith("no stored baseline at [baselines/stored.json]")
                        && m.contains("assay.baseline.update=true") && m.contains("then commit the file")))));
    }

    @Test
    void theUpdateSwitchStoresCasesAndAPairedDropFailsWithOldNewIntervalAndP() throws IOException {
        run(BaselineTestCase.Paired.class, 0.85, true).results().testEvents().assertThatEvents()
                .haveExactly(1, event(displayName("baseline \u203a m"), finishedSuccessfully()));
        JsonNode stored = BenchmarkRun.json(Files.readString(dir.resolve("baselines/stored.json")));
        assertThat(stored.at("/models/m/cases")).hasSize(300);
        assertThat(stored.at("/models/m/cases/0").fieldNames()).toIterable()
                .containsExactly("case", "round", "status", "expected", "predicted");
        assertThat(stored.at("/models/m/metrics/accuracy/value").isNumber()).isTrue();

        BenchmarkRun same = run(BaselineTestCase.Paired.class, 0.85, false);
        same.results().testEvents().assertThatEvents()
                .haveExactly(1, event(displayName("baseline \u203a m"), finishedSuccessfully()));
        JsonNode unchanged = row(same.summary(), "accuracy");
        assertThat(unchanged.get("regressed").asBoolean()).isFalse();
        assertThat(unchanged.get("delta").asDouble()).isZero();
        assertThat(unchanged.get("test").asText()).isEqualTo("mcnemar_exact");

        BenchmarkRun worse = run(BaselineTestCase.Paired.class, 0.70, false);
        worse.results().testEvents().assertThatEvents().haveExactly(1, event(displayName("baseline \u203a m"),
                finishedWithFailure(message(m -> m.startsWith("model [m] of benchmark [stored] regressed against the "
                        + "stored baseline [baselines/stored.json]") && m.contains("accuracy regressed: 0.")
                        && m.contains(" now vs 0.") && m.contains("95% CI of \u0394 [-")
                        && m.contains("mcnemar_exact p=")))));
        JsonNode accuracy = row(worse.summary(), "accuracy");
        assertThat(accuracy.get("regressed").asBoolean()).isTrue();
        assertThat(accuracy.get("stored_value").asDouble()).isGreaterThan(accuracy.get("value").asDouble());
        assertThat(accuracy.get("ci_high").asDouble()).isNegative();
        assertThat(accuracy.get("p_adjusted").asDouble()).isLessThan(0.001);
    }

    @Test
    void withoutStoredCasesTheAllowanceDecides() {
        run(BaselineTestCase.MetricsOnly.class, 0.85, true);

        BenchmarkRun slightly = run(BaselineTestCase.MetricsOnly.class, 0.82, false);
        slightly.results().testEvents().assertThatEvents()
                .haveExactly(1, event(displayName("baseline \u203a m"), finishedSuccessfully()));
        assertThat(row(slightly.summary(), "accuracy").get("test").asText()).isEqualTo("tolerance");

        BenchmarkRun much = run(BaselineTestCase.MetricsOnly.class, 0.70, false);
        much.results().testEvents().assertThatEvents().haveExactly(1, event(displayName("baseline \u203a m"),
                finishedWithFailure(message(m -> m.contains("accuracy regressed: 0.") && m.contains("allowed drop 0.05")
                        && m.contains("no per-case results stored, so no paired test")))));
    }

    @Test
    void aValueThatDiffersOnlyByRoundingDoesNotRegressWithoutAnAllowance() throws IOException {
        run(BaselineTestCase.MetricsExact.class, 0.85, true);
        // As if the stored run had summed the same cases in another order: its accuracy one ulp higher.
        Path file = dir.resolve("baselines/exact.json");
        ObjectNode stored = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        ObjectNode accuracy = (ObjectNode) stored.at("/models/m/metrics/accuracy");
        accuracy.put("value", Math.nextUp(accuracy.get("value").asDouble()));
        new ObjectMapper().writeValue(file.toFile(), stored);

        BenchmarkRun same = run(BaselineTestCase.MetricsExact.class, 0.85, false);

        same.results().testEvents().assertThatEvents()
                .haveExactly(1, event(displayName("baseline \u203a m"), finishedSuccessfully()));
        JsonNode row = row(same.summary(), "accuracy");
        assertThat(row.get("delta").asDouble()).isEqualTo(0.0);
        assertThat(row.get("regressed").asBoolean()).isFalse();
    }
}
