package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every recorded score has a better direction: by its name (cost, latency, error, loss) or as recorded. */
class DirectionsTest {

    @TempDir
    Path dir;

    private BenchmarkRun run(Class<?> fixture) throws IOException {
        Random random = new Random(3);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add(String.format(Locale.ROOT, "{\"id\":\"c%03d\",\"expected\":\"%s\",\"u\":%.6f}", i,
                    i % 2 == 0 ? "pos" : "neg", random.nextDouble()));
        }
        Files.write(dir.resolve("cases.jsonl"), lines);
        return BenchmarkRun.of(dir.resolve("out"), Map.of("assay.root", dir.toString()), fixture);
    }

    private static JsonNode row(JsonNode summary, String metric) {
        return StreamSupport.stream(summary.at("/benchmarks/0/comparisons").spliterator(), false)
                .filter(c -> c.get("metric").asText().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void theDearerWordierModelIsWorseAndTheDirectionsAreKept() throws IOException {
        BenchmarkRun run = run(DirectionsTestCase.Priced.class);

        JsonNode summary = run.summary();
        assertThat(row(summary, "score[cost_usd]").get("verdict").asText()).isEqualTo("worse");
        assertThat(row(summary, "score[words]").get("verdict").asText()).isEqualTo("worse");
        JsonNode spec = BenchmarkRun.json(run.file("benchmarks.json"));
        JsonNode priced = StreamSupport.stream(spec.spliterator(), false).findFirst().orElse(spec);
        assertThat(run.file("benchmarks.json")).contains("\"score_directions\"");
        assertThat(priced.toString()).contains("\"words\":\"lower\"");
    }

    @Test
    void oneScoreWithTwoDirectionsIsAnErrorThatSaysTheFix() throws IOException {
        BenchmarkRun run = run(DirectionsTestCase.Confused.class);

        run.results().testEvents().assertThatEvents().haveAtLeastOne(org.junit.platform.testkit.engine.EventConditions
                .event(finishedWithFailure(message(m -> m.contains("records score [words] as higher-is-better, but it "
                        + "was recorded lower-is-better before") && m.contains("the same Better")))));
    }
}
