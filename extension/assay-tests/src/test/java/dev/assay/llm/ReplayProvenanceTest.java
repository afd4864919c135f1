package dev.assay.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.testkit.BenchmarkRun;
import dev.assay.testkit.StandInServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers replayed from a stand-in recording say so: in the summary's runtime and on the console. */
class ReplayProvenanceTest {

    @TempDir
    Path dir;

    @Test
    void aReplayedStandInRecordingIsNamedInTheRuntimeAndOnTheConsole() throws Exception {
        Path recordings = dir.resolve("recordings");
        try (StandInServer server = StandInServer.start((model, messages) -> "hello")) {
            Map<String, String> record = Map.of("assay.provider.mode", "record",
                    "assay.provider.recordings", recordings.toString(),
                    "assay.provider.standin.baseUrl", server.baseUrl(Protocol.OPENAI).toString(),
                    "assay.provider.standin.protocol", "openai", "assay.provider.standin.apiKeyEnv", "none");
            BenchmarkRun recorded = BenchmarkRun.of(dir.resolve("record"), record, ReplayedTestCase.class);
            assertThat(recorded.summary().at("/benchmarks/0/models/0/runtime").has("recording_origin")).isFalse();
        }
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream old = System.out;
        BenchmarkRun replayed;
        try {
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            replayed = BenchmarkRun.of(dir.resolve("replay"), Map.of("assay.provider.mode", "replay",
                    "assay.provider.recordings", recordings.toString(), "assay.provider.standin.protocol", "openai",
                    // Never called in replay: nothing listens there.
                    "assay.provider.standin.baseUrl", "http://127.0.0.1:9/v1",
                    "assay.provider.standin.apiKeyEnv", "none"), ReplayedTestCase.class);
        assertThat(replayed.journal()).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("ok"));
        } finally {
            System.setOut(old);
        }

        JsonNode runtime = replayed.summary().at("/benchmarks/0/models/0/runtime");
        assertThat(runtime.get("provider_mode").asText()).isEqualTo("replay");
        assertThat(runtime.get("recording_origin").asText()).isEqualTo("stand-in");
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("replayed greeter: recorded from Assay's stand-in server, not a real model");
    }
}
