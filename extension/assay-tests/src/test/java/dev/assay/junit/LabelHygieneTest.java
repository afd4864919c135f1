package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.testkit.BenchmarkRun;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Predicted labels that (almost) never meet the dataset's get a warning naming examples of each. */
class LabelHygieneTest {

    @TempDir
    Path output;

    private static JsonNode model(JsonNode summary, String name) {
        return StreamSupport.stream(summary.at("/benchmarks/0/models").spliterator(), false)
                .filter(m -> m.get("model").asText().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void labelsThatRarelyMeetTheDatasetsAreNamedInAWarning() {
        BenchmarkRun run = BenchmarkRun.of(output, Map.of("assay.root",
                Path.of("src/test/resources").toAbsolutePath().toString()), LabelHygieneTestCase.class);

        JsonNode summary = run.summary();
        assertThat(model(summary, "digits").at("/warnings/0").asText())
                .startsWith("predicted labels rarely match the dataset's: 0 of 6 ok predictions")
                .contains("the model predicts [0, 1] where the dataset has [neg, pos]");
        assertThat(model(summary, "mostly-digits").at("/warnings/0").asText()).contains("1 of 6 ok predictions");
        // Six cases, three per class: the only warning left for the model whose labels meet is the
        // one about classes too small for trustworthy per-class intervals.
        assertThat(model(summary, "words").get("warnings")).hasSize(1);
        assertThat(model(summary, "words").at("/warnings/0").asText())
                .startsWith("few cases of some classes: neg (3 cases), pos (3 cases);");
    }
}
