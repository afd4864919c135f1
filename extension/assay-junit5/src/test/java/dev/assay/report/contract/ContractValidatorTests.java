package dev.assay.report.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schemas ship in the jar: a clone alone can validate journals and summaries. */
class ContractValidatorTests {

    private static final String GOOD = "{\"run\":\"r\",\"benchmark\":\"b\",\"model\":\"m\",\"case\":\"c1\",\"round\":0,"
            + "\"task\":\"regression\",\"status\":\"ok\",\"expected\":25,\"predicted\":31.0,\"probabilities\":null,"
            + "\"latency_ms\":1.84,\"ttft_ms\":null,\"tokens_in\":null,\"tokens_out\":null,\"attempts\":1,"
            + "\"error\":null,\"tags\":{\"category\":\"Poor\"},\"scores\":{}}";

    @TempDir
    Path dir;

    @Test
    void aGoodRecordPassesAndABadOneIsNamedByFileLineAndField() throws Exception {
        Path journal = dir.resolve("journal.jsonl");
        Files.writeString(journal, GOOD + "\n\n" + GOOD.replace("\"round\":0", "\"round\":-1") + "\nnot json\n");

        ContractValidator.Report report = ContractValidator.shipped().check(dir);

        assertThat(report.checked()).isEqualTo(3);
        assertThat(report.problems()).hasSize(2);
        assertThat(report.problems().get(0)).startsWith(journal + ":3: ").contains("round");
        assertThat(report.problems().get(1)).startsWith(journal + ":4: not JSON");
        assertThat(report.passed()).isFalse();
    }

    @Test
    void aSummaryWithoutItsRunIdFails() throws Exception {
        Path summary = dir.resolve("summary.json");
        Files.writeString(summary, "{\"complete\":true,\"benchmarks\":[]}");

        ContractValidator.Report report = ContractValidator.shipped().check(summary);

        assertThat(report.problems()).singleElement().asString().startsWith(summary + ": ").contains("run");
    }

    @Test
    void aRecordAsDesignShowsItConforms() throws Exception {
        assertThat(ContractValidator.shipped().checkRecord(new ObjectMapper().readTree(GOOD))).isEmpty();
    }
}
