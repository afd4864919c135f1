package dev.assay.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.report.Json;
import dev.assay.report.contract.ContractValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code Contracts} is used in tests to assert that a run's journal and summary keep Assay's
 * contracts (the case record and {@code summary.json}), validated with a JSON-schema library against
 * the schemas shipped in the {@code assay-junit5} jar.
 *
 * <pre>{@code
 * List<JsonNode> records = Contracts.assertJournalConforms(runDir.resolve("journal.jsonl"));
 * JsonNode summary = Contracts.assertSummaryConforms(runDir.resolve("summary.json"));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Contracts {

    private static final ObjectMapper MAPPER = Json.MAPPER;
    private static final ContractValidator VALIDATOR = ContractValidator.shipped();

    private Contracts() {
    }

    /**
     * Asserts every line of a journal conforms to the case-record schema; returns the records.
     *
     * @throws AssertionError naming each line and field that does not conform
     */
    public static List<JsonNode> assertJournalConforms(Path journal) {
        List<JsonNode> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> lines = readLines(journal);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode record = parse(lines.get(i));
            records.add(record);
            int line = i + 1;
            VALIDATOR.checkRecord(record).forEach(p -> problems.add(journal + ":" + line + ": " + p));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("the journal breaks the case-record contract:\n  " + String.join("\n  ", problems));
        }
        return records;
    }

    /**
     * Asserts a summary conforms to the summary schema; returns it.
     *
     * @throws AssertionError naming each field that does not conform
     */
    public static JsonNode assertSummaryConforms(Path summary) {
        JsonNode node;
        try {
            node = MAPPER.readTree(summary.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = VALIDATOR.checkSummary(node);
        if (!problems.isEmpty()) {
            throw new AssertionError("[" + summary + "] breaks the summary contract:\n  " + String.join("\n  ", problems));
        }
        return node;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read [" + file + "]", e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
