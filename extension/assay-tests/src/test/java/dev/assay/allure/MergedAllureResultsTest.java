package dev.assay.allure;

import static dev.assay.allure.AllureRun.labels;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.junit.CompareTestCase;
import dev.assay.testing.BinaryCases;
import dev.assay.testing.CliCall;
import dev.assay.testkit.BenchmarkRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assay merge --allure DIR} writes the merged run's verdicts as Allure results: the shards
 * deferred them, so without these the report of a sharded run would have no verdict at all.
 */
class MergedAllureResultsTest {

    @TempDir
    Path temp;

    @Test
    void theMergeWritesEachVerdictAsAResultThatFailsWhereTheExitCodeFails() throws Exception {
        Path data = BinaryCases.write(temp.resolve("data"), 60, 11);
        List<String> args = new ArrayList<>(List.of("merge", "--out", temp.resolve("merged").toString(), "--allure",
                temp.resolve("allure-results").toString()));
        for (int k = 1; k <= 2; k++) {
            BenchmarkRun shard = BenchmarkRun.of(temp.resolve("shard-" + k),
                    Map.of("assay.root", data.toString(), "assay.shard", k + "/2"), CompareTestCase.Downgrade.class);
            args.add(shard.runDir().toString());
        }

        CliCall merge = CliCall.of(args.toArray(String[]::new));

        assertThat(merge.status()).isEqualTo(1);
        AllureRun results = new AllureRun(temp.resolve("allure-results"), null);
        JsonNode weak = results.result("weak \u203a (summary)");
        assertThat(weak.path("status").asText()).isEqualTo("passed");
        assertThat(labels(weak, "suite")).containsExactly("downgrade");
        assertThat(weak.path("descriptionHtml").asText()).contains("<b>weak</b>: 60 of 60 cases ok");
        assertThat(results.attachmentText(weak, "metrics")).contains("accuracy");
        JsonNode compare = results.result("compare \u203a strong vs weak");
        assertThat(compare.path("status").asText()).isEqualTo("failed");
        assertThat(compare.at("/statusDetails/message").asText()).contains("weak is significantly worse on accuracy");
        assertThat(labels(compare, "subSuite")).containsExactly("(compare)");
        assertThat(results.result("leaderboard \u203a downgrade").path("descriptionHtml").asText())
                .contains("<b>downgrade</b>: <b>strong</b> ties for the lead with <b>weak</b> on success_rate");
        assertThat(results.file("executor.json")).contains("\"reportName\"");
        assertThat(results.file("categories.json")).contains("Significant regression");
        assertThat(merge.out()).contains("[assay] Allure results of the verdicts in " + temp.resolve("allure-results"));
    }
}
