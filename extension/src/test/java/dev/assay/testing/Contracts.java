package dev.assay.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code Contracts} validates journals and summaries against the JSON schemas in
 * {@code ../shared/contracts} (the same schemas {@code ../shared/contracts/check} uses), with a
 * JSON-schema library rather than hand-written checks.
 */
public final class Contracts {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Contracts() {
    }

    /** The folder holding the contract schemas. */
    public static Path folder() {
        Path shared = RepoPaths.root().getParent().resolve("shared/contracts");
        if (!Files.isDirectory(shared)) {
            throw new IllegalStateException("the contracts are not at " + shared
                    + "; Assay's tests expect the shared/ folder beside the checkout");
        }
        return shared;
    }

    private static JsonSchema schema(String file) {
        try {
            JsonNode node = MAPPER.readTree(folder().resolve(file).toFile());
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts every line of a journal conforms to the case-record schema; returns the records. */
    public static List<JsonNode> assertJournalConforms(Path journal) {
        JsonSchema schema = schema("case-record.schema.json");
        try {
            List<JsonNode> records = Files.readAllLines(journal).stream().filter(l -> !l.isBlank())
                    .map(Contracts::parse).toList();
            for (int i = 0; i < records.size(); i++) {
                Set<ValidationMessage> errors = schema.validate(records.get(i));
                assertThat(errors).as("journal %s line %d", journal, i + 1).isEmpty();
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts a summary conforms to the summary schema; returns it. */
    public static JsonNode assertSummaryConforms(Path summary) {
        JsonNode node;
        try {
            node = MAPPER.readTree(summary.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(schema("summary.schema.json").validate(node)).as("summary %s", summary).isEmpty();
        return node;
    }

    private static JsonNode parse(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
