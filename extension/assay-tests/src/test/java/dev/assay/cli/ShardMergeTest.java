package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.junit.CompareTestCase;
import dev.assay.testing.BinaryCases;
import dev.assay.testing.CliCall;
import dev.assay.testing.Summaries;
import dev.assay.testkit.BenchmarkRun;
import dev.assay.testkit.Contracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four shards ({@code assay.shard=K/4}) defer their verdicts; {@code assay merge} of their journals
 * gives the unsharded run's summary, verdicts and exit code, refuses a case seen twice, and says
 * which shard is missing.
 */
class ShardMergeTest {

    @TempDir
    Path temp;

    private static String[] args(String command, Path out, List<Path> inputs) {
        List<String> args = new ArrayList<>(List.of(command, "--out", out.toString()));
        inputs.forEach(p -> args.add(p.toString()));
        return args.toArray(String[]::new);
    }

    @Test
    void fourShardsMergeIntoTheUnshardedRunAndADuplicateOrAMissingShardIsNamed() throws IOException {
        Path data = BinaryCases.write(temp.resolve("data"), 60, 11);
        BenchmarkRun whole = BenchmarkRun.of(temp.resolve("whole"), Map.of("assay.root", data.toString()),
                CompareTestCase.Downgrade.class);
        assertThat(whole.results().testEvents().failed().count()).as("unsharded: the comparison fails").isEqualTo(1);
        List<Path> shards = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            BenchmarkRun shard = BenchmarkRun.of(temp.resolve("shard-" + k),
                    Map.of("assay.root", data.toString(), "assay.shard", k + "/4"), CompareTestCase.Downgrade.class);
            assertThat(shard.results().testEvents().failed().count()).as("shard %d defers its verdicts", k).isZero();
            assertThat(shard.results().testEvents().succeeded().list()).extracting(e -> e.getTestDescriptor().getDisplayName())
                    .contains("compare \u203a strong vs weak (deferred to merge)", "weak \u203a summary (deferred to merge)");
            String label = k + "/4";
            assertThat(shard.journal()).isNotEmpty().allSatisfy(r -> assertThat(r.get("shard").asText()).isEqualTo(label));
            shards.add(shard.runDir());
        }

        CliCall merge = CliCall.of(args("merge", temp.resolve("merged"), shards));

        assertThat(merge.status()).as("the unsharded run's verdict: the comparison fails").isEqualTo(1);
        assertThat(merge.out()).contains("[assay] FAIL downgrade \u203a compare strong vs weak");
        JsonNode merged = Contracts.assertSummaryConforms(temp.resolve("merged/summary.json"));
        assertThat(merged.get("complete").asBoolean()).isTrue();
        // Every quality metric, interval and comparison as the unsharded run computed them; latencies are
        // measurements of each run's own calls, so they differ between any two runs.
        assertThat(Summaries.withoutTimings(merged)).as("metrics, intervals and comparisons")
                .isEqualTo(Summaries.withoutTimings(whole.summary()));

        List<Path> twice = new ArrayList<>(shards);
        twice.add(shards.get(1));
        CliCall duplicate = CliCall.of(args("merge", temp.resolve("dup"), twice));
        assertThat(duplicate.status()).isEqualTo(2);
        assertThat(duplicate.err()).contains("journal [" + shards.get(1).resolve("journal.jsonl")
                + "] is given twice; merge each shard's journal once");
        // Two different journals holding the same case (shards that overlap, a copied journal): named with both files.
        Path copy = temp.resolve("copy/test-run");
        Files.createDirectories(copy);
        Files.copy(shards.get(1).resolve("journal.jsonl"), copy.resolve("journal.jsonl"));
        List<Path> overlapping = new ArrayList<>(shards);
        overlapping.add(copy);
        CliCall overlap = CliCall.of(args("merge", temp.resolve("overlap"), overlapping));
        assertThat(overlap.status()).isEqualTo(2);
        assertThat(overlap.err()).contains("is in both [" + shards.get(1).resolve("journal.jsonl")
                + "] and [" + copy.resolve("journal.jsonl") + "]");

        CliCall partial = CliCall.of(args("merge", temp.resolve("partial"), shards.subList(0, 3)));
        assertThat(partial.status()).isEqualTo(3);
        assertThat(partial.out()).contains("[assay] INCOMPLETE: no journal of shard 4/4");
    }
}
