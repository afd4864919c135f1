package dev.assay.suites.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.llm.ProviderMode;
import dev.assay.llm.generate.GenerationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated datasets are what the committed (stand-in) recordings of the generator/validator
 * pipeline produce: replaying the pipeline writes the committed files byte for byte, and the
 * validator's threshold kept only candidates scoring 4 or more.
 */
class CustomerServiceGenerationBenchmark {

    @TempDir
    Path scratch;

    @Test
    void replayingThePipelineReproducesTheCommittedDatasets() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        GenerationReport[] reports = CustomerServiceCases.generate(root, scratch, Map.of(), ProviderMode.REPLAY);

        for (String dataset : new String[] {CustomerServiceCases.CONVERSATIONS, CustomerServiceCases.TICKETS}) {
            assertThat(scratch.resolve(dataset)).hasSameTextualContentAs(root.resolve(dataset));
        }
        for (GenerationReport r : reports) {
            assertThat(r.accepted()).isNotEmpty().allSatisfy(c -> assertThat(c.path("validator_score").asDouble()).isGreaterThanOrEqualTo(4));
            assertThat(r.rejected()).isNotEmpty();
        }
        assertThat(Files.readString(scratch.resolve("fixtures/datasets/customer-service-conversations.rejected.jsonl")))
                .contains("too vague").contains("not a JSON object");
    }
}
