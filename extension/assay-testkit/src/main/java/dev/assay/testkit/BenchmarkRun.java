package dev.assay.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.report.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * {@code BenchmarkRun} runs benchmark fixture classes through the real Jupiter engine
 * ({@link EngineTestKit}) into a temporary output folder, and gives access to the events and to the
 * files the run wrote.
 *
 * @param results the engine's events
 * @param runDir the run's folder ({@code <output>/<run>}), or null when nothing was written
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BenchmarkRun(EngineExecutionResults results, Path runDir) {

    private static final ObjectMapper MAPPER = Json.MAPPER;

    /** Runs the classes with the given extra configuration parameters. */
    public static BenchmarkRun of(Path outputDir, Map<String, String> config, Class<?>... classes) {
        EngineTestKit.Builder builder = EngineTestKit.engine("junit-jupiter")
                .selectors(Stream.of(classes).map(c -> selectClass(c)).toArray(org.junit.platform.engine.DiscoverySelector[]::new))
                .configurationParameter("assay.output.dir", outputDir.toString())
                .configurationParameter("assay.run.id", "test-run")
                .configurationParameter("assay.progress.seconds", "3600")
                // The metric history of a test run stays with its outputs, not in the project's .assay/history.
                .configurationParameter("assay.history.dir", outputDir.resolve("history").toString());
        config.forEach(builder::configurationParameter);
        EngineExecutionResults results = builder.execute();
        Path runDir = outputDir.resolve("test-run");
        return new BenchmarkRun(results, Files.isDirectory(runDir) ? runDir : null);
    }

    /** Runs the classes with default configuration. */
    public static BenchmarkRun of(Path outputDir, Class<?>... classes) {
        return of(outputDir, Map.of(), classes);
    }

    /**
     * The message of the configuration error that stopped a benchmark class before any case started;
     * fails when a case started or no class failed.
     */
    public String configurationError() {
        if (results.testEvents().started().count() > 0) {
            throw new AssertionError("cases started; expected a configuration error before any case");
        }
        Event failed = results.containerEvents().failed().stream().findFirst()
                .orElseThrow(() -> new AssertionError("the benchmark class did not fail"));
        return failed.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow().getMessage();
    }

    /** The journal's records, each checked against the case-record schema. */
    public List<JsonNode> journal() {
        return Contracts.assertJournalConforms(runDir.resolve("journal.jsonl"));
    }

    /** The summary, checked against the summary schema. */
    public JsonNode summary() {
        return Contracts.assertSummaryConforms(runDir.resolve("summary.json"));
    }

    /** A file of the run folder as text. */
    public String file(String name) {
        try {
            return Files.readString(runDir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON text. */
    public static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
