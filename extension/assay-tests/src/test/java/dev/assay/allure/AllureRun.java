package dev.assay.allure;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * {@code AllureRun} runs fixture classes through the JUnit launcher with allure-jupiter's listener
 * writing into a temporary results folder, as allure-java's own tests do, and reads back the files.
 *
 * @param results the folder the results went to
 * @param summary the launcher's counts
 */
record AllureRun(Path results, TestExecutionSummary summary) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static AllureRun of(Path results, Path output, Map<String, String> config, Class<?>... classes) {
        AllureLifecycle previous = Allure.getLifecycle();
        AssayResultsWriter previousWriter = AllureInstaller.writer();
        AllureLifecycle lifecycle = AllureInstaller.use(new AssayResultsWriter(results));
        try {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(Stream.of(classes).map(c -> selectClass(c)).toList())
                    .configurationParameter("assay.output.dir", output.toString())
                    .configurationParameter("assay.run.id", "allure-test")
                    .configurationParameter("assay.progress.seconds", "3600")
                    .configurationParameter("assay.history.dir", output.resolve("history").toString())
                    .configurationParameter("assay.bootstrap.resamples", "200")
                    .configurationParameters(config)
                    .build();
            SummaryGeneratingListener counts = new SummaryGeneratingListener();
            LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false)
                    .addTestExecutionListeners(new AllureJunitPlatform(lifecycle)).build()).execute(request, counts);
            return new AllureRun(results, counts.getSummary());
        } finally {
            AllureInstaller.restore(previous, previousWriter);
        }
    }

    /** Every {@code *-result.json}. */
    List<JsonNode> testResults() {
        try (Stream<Path> files = Files.list(results)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-result.json")).map(AllureRun::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result named {@code name}. */
    JsonNode result(String name) {
        return testResults().stream().filter(r -> r.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no result named [" + name + "] among "
                        + testResults().stream().map(r -> r.path("name").asText()).toList()));
    }

    /** The value of the first label {@code name} of a result. */
    static List<String> labels(JsonNode result, String name) {
        return StreamSupport.stream(result.path("labels").spliterator(), false)
                .filter(l -> l.path("name").asText().equals(name)).map(l -> l.path("value").asText()).toList();
    }

    static String parameter(JsonNode result, String name) {
        return StreamSupport.stream(result.path("parameters").spliterator(), false)
                .filter(p -> p.path("name").asText().equals(name)).map(p -> p.path("value").asText())
                .findFirst().orElse(null);
    }

    static JsonNode attachment(JsonNode result, String name) {
        return StreamSupport.stream(result.path("attachments").spliterator(), false)
                .filter(a -> a.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no attachment [" + name + "] in " + result.path("attachments")));
    }

    String file(String name) {
        try {
            return Files.readString(results.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String attachmentText(JsonNode result, String name) {
        return file(attachment(result, name).path("source").asText());
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
