package dev.assay.allure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.testkit.Contracts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Labels no chart or terminal expects (one of 1 MB without a space, control characters that clear a
 * terminal or ring its bell, an unpaired surrogate) go through a whole run: the journal keeps them
 * whole; test names, the console, tables and charts show them short and printable; every SVG chart
 * parses as XML. The 1 MB label used to stall the run for over 15 CPU-minutes in JFreeChart's line
 * breaking; the timeout is a guard against that hang, not a speed check.
 */
class HostileLabelsTest {

    private static final String HUGE = "y".repeat(1_000_000);
    private static final String CONTROL = "clear\u001b[2J\u0007bell\u0000nul";
    private static final String BROKEN = "broken\ud800surrogate";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aMegabyteLabelAndControlCharactersGoThroughAWholeRunAndEveryChartParses() throws Exception {
        Path root = dir.resolve("project");
        Files.createDirectories(root);
        // Non-ASCII escaped: the unpaired surrogate travels as \ud800 in valid UTF-8 JSON.
        ObjectMapper json = new ObjectMapper().enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
        List<String> labels = List.of("ok", HUGE, CONTROL, BROKEN);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            lines.add(json.writeValueAsString(Map.of("id", "case\u001b]0;title\u0007" + i, "expected", labels.get(i % 4))));
        }
        Files.write(root.resolve("hostile.jsonl"), lines);
        Path results = dir.resolve("allure-results");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        AllureRun run;
        try {
            run = AllureRun.of(results, dir.resolve("assay"), Map.of("assay.root", root.toString(), "assay.allure.cases", "all"),
                    HostileLabelsTestCase.class);
        } finally {
            System.setOut(previous);
        }

        assertThat(run.summary().getTestsFailedCount()).isZero();
        List<JsonNode> journal = Contracts.assertJournalConforms(dir.resolve("assay/allure-test/journal.jsonl"));
        assertThat(journal).hasSize(48).anySatisfy(r -> assertThat(r.get("expected").asText()).isEqualTo(HUGE));

        String out = console.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("[assay] hostile-labels").doesNotContain("\u001b").doesNotContain("\u0007")
                .doesNotContain("\u0000").contains("clear\u241b[2J\u2407bell");
        assertThat(out.lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(5_000));

        List<Path> svgs = new ArrayList<>();
        try (Stream<Path> files = Files.list(results)) {
            files.filter(f -> f.toString().endsWith(".svg")).forEach(svgs::add);
        }
        assertThat(svgs).as("confusion matrix, curves, F1 per label, comparison charts").hasSizeGreaterThanOrEqualTo(5);
        // A well-formedness check: the SVG DOCTYPE's DTD is not fetched (no network in tests).
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setValidating(false);
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        for (Path svg : svgs) {
            assertThatCode(() -> xml.newDocumentBuilder().parse(svg.toFile()))
                    .as("%s parses as XML", svg.getFileName()).doesNotThrowAnyException();
            assertThat(Files.size(svg)).as("%s holds no megabyte label", svg.getFileName()).isLessThan(200_000);
        }
        for (JsonNode result : run.testResults()) {
            String name = result.path("name").asText();
            assertThat(name).as("test name").hasSizeLessThan(200).doesNotContain("\u001b").doesNotContain("\u0007");
        }
        try (Stream<Path> files = Files.list(results)) {
            for (Path html : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertThat(Files.readString(html)).as("%s", html.getFileName()).doesNotContain("\u001b")
                        .doesNotContain(HUGE.substring(0, 1_000));
            }
        }
    }
}
