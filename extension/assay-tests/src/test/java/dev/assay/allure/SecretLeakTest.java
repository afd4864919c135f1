package dev.assay.allure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.llm.CanaryBenchmarkTestCase;
import dev.assay.llm.Protocol;
import dev.assay.testkit.Contracts;
import dev.assay.testkit.StandInServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * A key echoed back in every way a provider can (an error body longer than the client's cut, a
 * streamed reply split into chunks, request headers quoted in a reply or in a body that is not
 * JSON) leaves no trace, whole or in any piece of 8 or more characters, in any output: journal,
 * summary, benchmarks.json, recordings, console, the failures JUnit reports, Allure results,
 * attachments and charts.
 */
class SecretLeakTest {

    @TempDir
    Path dir;

    @Test
    void aCanaryKeyLeavesNoTraceInAnyOutput() throws IOException {
        String canary = System.getenv("ASSAY_CANARY_API_KEY");
        assertThat(canary).as("set by the surefire configuration").isNotBlank();
        Path results = dir.resolve("allure-results");
        Path output = dir.resolve("assay");
        Path recordings = dir.resolve("recordings");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream previousOut = System.out;
        AllureRun run;
        try (StandInServer accepting = StandInServer.start((model, msgs) -> "hello, your key is fine");
             StandInServer rejecting = StandInServer.start();
             StandInServer echoing = StandInServer.start((model, msgs) -> "hello");
             StandInServer garbage = StandInServer.start()) {
            accepting.requireApiKey(canary);
            // 455 characters of filler put the echoed key across the 500-character cut of error messages.
            rejecting.requireApiKey("another-key-entirely").errorPadding(455);
            echoing.requireApiKey(canary).echoRequestHeaders().chunkChars(5);
            // ... and across the 200-character cut of an unparseable reply.
            garbage.echoRequestHeadersAsGarbage().errorPadding(180);
            Map<String, String> config = new HashMap<>();
            Map<String, StandInServer> servers = Map.of("canary", accepting, "rejecting", rejecting, "nokey", accepting,
                    "echo", echoing, "garbage", garbage);
            servers.forEach((name, server) -> {
                config.put("assay.provider." + name + ".baseUrl", server.baseUrl(Protocol.OPENAI).toString());
                config.put("assay.provider." + name + ".protocol", "openai");
                config.put("assay.provider." + name + ".apiKeyEnv",
                        name.equals("nokey") ? "ASSAY_UNSET_KEY_VARIABLE" : "ASSAY_CANARY_API_KEY");
                config.put("assay.provider." + name + ".maxAttempts", "1");
            });
            config.put("assay.provider.mode", "record");
            config.put("assay.provider.recordings", recordings.toString());
            config.put("assay.allure.cases", "all");
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            try {
                run = AllureRun.of(results, output, config, CanaryBenchmarkTestCase.class);
            } finally {
                System.setOut(previousOut);
            }
        }

        Path runDir = output.resolve("allure-test");
        List<JsonNode> journal = Contracts.assertJournalConforms(runDir.resolve("journal.jsonl"));
        assertThat(journal).hasSize(15);
        assertThat(statuses(journal, "accepted")).containsOnly("ok");
        assertThat(statuses(journal, "echoed")).containsOnly("ok");
        assertThat(statuses(journal, "rejected")).containsOnly("error");
        assertThat(statuses(journal, "garbled")).containsOnly("unparseable");
        assertThat(statuses(journal, "keyless")).containsOnly("skipped");
        assertThat(journal).filteredOn(r -> r.get("model").asText().equals("rejected"))
                .allSatisfy(r -> assertThat(r.get("error").asText()).contains("Incorrect API key provided: [REDACTED]"));
        assertThat(journal).filteredOn(r -> r.get("model").asText().equals("echoed"))
                .allSatisfy(r -> assertThat(r.get("predicted").asText()).startsWith("hello ").contains("Bearer [REDACTED]"));
        assertThat(recordings.resolve("provider-canary.json")).exists();
        try (Stream<Path> files = Files.list(results)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("Allure results with charts")
                    .anyMatch(n -> n.endsWith("-result.json")).anyMatch(n -> n.endsWith(".svg"));
        }

        List<String> leaks = new ArrayList<>();
        for (Path folder : List.of(results, output, recordings)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    String piece = pieceOf(canary, Files.readString(f, StandardCharsets.ISO_8859_1));
                    if (piece != null) {
                        leaks.add(f + " holds [" + piece + "]");
                    }
                }
            }
        }
        String consoleText = console.toString(StandardCharsets.UTF_8);
        assertThat(consoleText).as("the console saw the run").contains("[assay] provider-canary");
        if (pieceOf(canary, consoleText) != null) {
            leaks.add("the console holds [" + pieceOf(canary, consoleText) + "]");
        }
        TestExecutionSummary summary = run.summary();
        assertThat(summary.getFailures()).as("the rejected and garbled models' case nodes broke").isNotEmpty();
        for (TestExecutionSummary.Failure failure : summary.getFailures()) {
            StringWriter trace = new StringWriter();
            failure.getException().printStackTrace(new PrintWriter(trace));
            if (pieceOf(canary, trace.toString()) != null) {
                leaks.add("the failure of " + failure.getTestIdentifier().getDisplayName() + " holds ["
                        + pieceOf(canary, trace.toString()) + "]");
            }
        }
        assertThat(leaks).as("outputs holding 8 or more characters of the canary key").isEmpty();
    }

    private static List<String> statuses(List<JsonNode> journal, String model) {
        return journal.stream().filter(r -> r.get("model").asText().equals(model)).map(r -> r.get("status").asText()).toList();
    }

    /** The first piece of 8 or more characters of {@code secret} found in {@code text}, or null. */
    private static String pieceOf(String secret, String text) {
        for (int i = 0; i + 8 <= secret.length(); i++) {
            if (text.contains(secret.substring(i, i + 8))) {
                return secret.substring(i, i + 8);
            }
        }
        return null;
    }
}
