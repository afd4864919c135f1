package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.testing.CliCall;
import dev.assay.testkit.BenchmarkRun;
import dev.assay.testkit.Contracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assay report} and {@code assay merge} re-check stored baselines as the run's nodes do: the
 * same rows in the rebuilt summary, exit 1 on a regression, also for shards that deferred the check.
 */
class BaselineRecheckTest {

    @TempDir
    Path dir;

    @BeforeEach
    void dataset() throws IOException {
        Random random = new Random(11);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            lines.add(String.format(Locale.ROOT, "{\"id\":\"c%03d\",\"expected\":\"%s\",\"u\":%.6f}", i,
                    i % 2 == 0 ? "pos" : "neg", random.nextDouble()));
        }
        Files.write(dir.resolve("cases.jsonl"), lines);
        BaselineTestCase.skill = 0.85;
        BenchmarkRun.of(dir.resolve("stored"), config("assay.baseline.update", "true"), BaselineTestCase.Paired.class);
    }

    @AfterEach
    void resetSkill() {
        BaselineTestCase.skill = 0.85;
    }

    private Map<String, String> config(String... more) {
        Map<String, String> config = new java.util.HashMap<>(Map.of("assay.root", dir.toString(),
                "assay.bootstrap.resamples", "300"));
        for (int i = 0; i < more.length; i += 2) {
            config.put(more[i], more[i + 1]);
        }
        return config;
    }

    @Test
    void aRebuiltSummaryHasTheRunsBaselineRowsAndExitsOneOnARegression() {
        BaselineTestCase.skill = 0.60;
        BenchmarkRun run = BenchmarkRun.of(dir.resolve("worse"), config(), BaselineTestCase.Paired.class);
        assertThat(run.results().testEvents().failed().count()).as("the run's baseline node fails").isEqualTo(1);

        CliCall report = CliCall.of("report", "--out", dir.resolve("rebuilt").toString(), "--resamples", "300",
                "--root", dir.toString(), run.runDir().toString());

        assertThat(report.status()).isEqualTo(1);
        assertThat(report.out()).contains("[assay] FAIL stored \u203a baseline \u203a m: regressed against "
                + "[baselines/stored.json] on ");
        JsonNode rebuilt = Contracts.assertSummaryConforms(dir.resolve("rebuilt/summary.json"));
        assertThat(rebuilt.at("/benchmarks/0/baselines")).isNotEmpty()
                .isEqualTo(run.summary().at("/benchmarks/0/baselines"));
    }

    @Test
    void shardsDeferTheCheckAndTheMergeMakesIt() {
        BaselineTestCase.skill = 0.60;
        List<String> args = new ArrayList<>(List.of("merge", "--out", dir.resolve("merged").toString(), "--resamples",
                "300", "--root", dir.toString()));
        for (int k = 1; k <= 2; k++) {
            BenchmarkRun shard = BenchmarkRun.of(dir.resolve("shard-" + k), config("assay.shard", k + "/2"),
                    BaselineTestCase.Paired.class);
            assertThat(shard.results().testEvents().failed().count()).as("shard %d defers", k).isZero();
            args.add(shard.runDir().toString());
        }

        CliCall merge = CliCall.of(args.toArray(String[]::new));

        assertThat(merge.status()).isEqualTo(1);
        JsonNode merged = Contracts.assertSummaryConforms(dir.resolve("merged/summary.json"));
        assertThat(merged.at("/benchmarks/0/baselines")).anySatisfy(r -> assertThat(r.get("regressed").asBoolean())
                .isTrue());
    }

    @Test
    void aBaselineFileNotUnderTheRootIsBadInputNamingWhereItLooked() {
        BenchmarkRun run = BenchmarkRun.of(dir.resolve("same"), config(), BaselineTestCase.Paired.class);

        CliCall report = CliCall.of("report", "--out", dir.resolve("rebuilt").toString(), "--root",
                dir.resolve("elsewhere").toString(), run.runDir().toString());

        assertThat(report.status()).isEqualTo(2);
        assertThat(report.err()).contains("benchmark [stored] declares @Baseline(\"baselines/stored.json\") but there "
                + "is no file at [" + dir.resolve("elsewhere/baselines/stored.json") + "]").contains("--root");
    }
}
