package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.junit.PacedTestCase;
import dev.assay.testing.BenchmarkMain;
import dev.assay.testing.BinaryCases;
import dev.assay.testing.CliCall;
import dev.assay.testing.Summaries;
import dev.assay.testkit.BenchmarkRun;
import dev.assay.testkit.Contracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI recipe with real processes: four shard JVMs run at once and {@code assay merge} joins their
 * journals into the unsharded run's summary; a run killed with SIGKILL ({@code kill -9}) while
 * writing its journal, then resumed in a new JVM, ends with the same summary too.
 */
class ShardProcessesTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final int CASES = 60;

    @TempDir
    Path temp;

    /** Every JVM a test started: none may outlive it, whichever assertion failed. */
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopJvms() {
        started.stream().filter(Process::isAlive).forEach(Process::destroyForcibly);
    }

    /** A JVM running the paced benchmark with the given configuration parameters. */
    private Process jvm(Path log, long paceMs, String... config) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Dassay.test.paceMs=" + paceMs, "-cp",
                System.getProperty("java.class.path"), BenchmarkMain.class.getName(),
                PacedTestCase.Paced.class.getName()));
        command.addAll(List.of(config));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(process);
        return process;
    }

    private static int exit(Process p, Path log) throws InterruptedException, IOException {
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the JVM ended; its output:\n%s", Files.readString(log)).isTrue();
        return p.exitValue();
    }

    @Test
    void fourShardJvmsMergeIntoTheUnshardedRun() throws Exception {
        Path data = BinaryCases.write(temp.resolve("data"), CASES, 11);
        BenchmarkRun whole = BenchmarkRun.of(temp.resolve("whole"), Map.of("assay.root", data.toString()),
                PacedTestCase.Paced.class);

        List<Process> shards = new ArrayList<>();
        List<Path> runs = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            Path out = temp.resolve("shard-" + k);
            shards.add(jvm(temp.resolve("shard-" + k + ".log"), 0, "assay.root=" + data, "assay.output.dir=" + out,
                    "assay.run.id=job-" + k, "assay.shard=" + k + "/4"));
            runs.add(out.resolve("job-" + k));
        }
        for (int k = 1; k <= 4; k++) {
            assertThat(exit(shards.get(k - 1), temp.resolve("shard-" + k + ".log"))).as("shard %d defers its verdicts", k)
                    .isZero();
        }
        List<String> args = new ArrayList<>(List.of("merge", "--out", temp.resolve("merged").toString()));
        runs.forEach(r -> args.add(r.toString()));

        CliCall merge = CliCall.of(args.toArray(String[]::new));

        assertThat(merge.status()).as("the unsharded run's verdict: the downgrade fails its comparison").isEqualTo(1);
        JsonNode merged = Contracts.assertSummaryConforms(temp.resolve("merged/summary.json"));
        assertThat(merged.get("complete").asBoolean()).isTrue();
        assertThat(Summaries.withoutTimings(merged)).isEqualTo(Summaries.withoutTimings(whole.summary()));
    }

    @Test
    void aRunKilledWithSigkillAndResumedInANewJvmEndsWithTheUninterruptedSummary() throws Exception {
        Path data = BinaryCases.write(temp.resolve("data"), CASES, 5);
        BenchmarkRun whole = BenchmarkRun.of(temp.resolve("whole"), Map.of("assay.root", data.toString()),
                PacedTestCase.Paced.class);
        Path out = temp.resolve("killed");
        Path journal = out.resolve("run-1/journal.jsonl");

        // 30 ms a case: 2 × 60 cases take 3.6 s; kill once a quarter of the records are on disk.
        Process run = jvm(temp.resolve("killed.log"), 30, "assay.root=" + data, "assay.output.dir=" + out,
                "assay.run.id=run-1");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (lines(journal) < CASES / 2 && run.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(run.isAlive()).as("still running when killed; output:\n%s",
                Files.readString(temp.resolve("killed.log"))).isTrue();
        run.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no finally
        run.waitFor(30, TimeUnit.SECONDS);
        long kept = lines(journal);
        assertThat(kept).as("killed in the middle").isBetween((long) CASES / 2, 2L * CASES - 1);
        assertThat(out.resolve("run-1/summary.json")).doesNotExist();

        Process resume = jvm(temp.resolve("resumed.log"), 0, "assay.root=" + data, "assay.output.dir=" + out,
                "assay.resume=run-1");
        assertThat(exit(resume, temp.resolve("resumed.log"))).as("the resumed run's verdict: the comparison fails")
                .isEqualTo(1);

        List<JsonNode> records = Contracts.assertJournalConforms(journal);
        assertThat(records).as("every case once").hasSize(2 * CASES);
        assertThat(records.stream().map(r -> r.get("model").asText() + "/" + r.get("case").asText()).distinct())
                .hasSize(2 * CASES);
        JsonNode summary = Contracts.assertSummaryConforms(out.resolve("run-1/summary.json"));
        assertThat(summary.get("complete").asBoolean()).isTrue();
        assertThat(Summaries.withoutTimings(summary)).isEqualTo(Summaries.withoutTimings(whole.summary()));
    }

    private static long lines(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return 0;
        }
        try (var lines = Files.lines(journal)) {
            return lines.count();
        }
    }
}
