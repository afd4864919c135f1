package dev.assay.report.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.testing.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A copy of a contract may add and widen, never drop or narrow. */
class SchemaCompatibilityTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String OLDER = """
            {"type": "object", "required": ["run", "status"],
             "properties": {
               "run": {"type": "string", "minLength": 1},
               "status": {"enum": ["ok", "error"]},
               "round": {"type": "integer"},
               "tags": {"type": ["object", "null"], "additionalProperties": {"type": "string"}}}}
            """;

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    @Test
    void aCopyThatAddsAFieldAndWidensATypeKeepsTheContract() throws Exception {
        JsonNode newer = json(OLDER.replace("\"round\": {\"type\": \"integer\"}", "\"round\": {\"type\": \"number\"}")
                .replace("\"run\": {", "\"shard\": {\"type\": \"string\"}, \"run\": {")
                .replace("[\"ok\", \"error\"]", "[\"ok\", \"error\", \"skipped\"]"));

        assertThat(SchemaCompatibility.problems(json(OLDER), newer)).isEmpty();
    }

    @Test
    void droppingAFieldNarrowingAnEnumOrRequiringMoreBreaksIt() throws Exception {
        JsonNode newer = json("""
                {"type": "object", "required": ["run", "status", "round"],
                 "properties": {
                   "run": {"type": "string", "minLength": 2},
                   "status": {"enum": ["ok"]},
                   "round": {"type": "integer"}}}
                """);

        assertThat(SchemaCompatibility.problems(json(OLDER), newer)).containsExactlyInAnyOrder(
                "<root>: now requires [round]",
                "/run: [minLength] was 1, now 2",
                "/status: no longer allows the value \"error\"",
                "/tags: dropped");
    }

    @Test
    void aNarrowerTypeOrClosingTheObjectBreaksIt() throws Exception {
        JsonNode newer = json(OLDER.replace("\"type\": [\"object\", \"null\"], \"additionalProperties\": {\"type\": \"string\"}",
                "\"type\": \"object\", \"additionalProperties\": {\"type\": \"string\"}")
                .replace("{\"type\": \"object\", \"required\"", "{\"type\": \"object\", \"additionalProperties\": false, \"required\""));

        assertThat(SchemaCompatibility.problems(json(OLDER), newer)).containsExactlyInAnyOrder(
                "/tags: allowed the types [null, object], now only [object]",
                "<root>: no longer allows fields it does not name (additionalProperties: false)");
    }

    @Test
    void theShippedSchemasKeepThePublishedContractsWhenTheyAreBesideTheCheckout() throws Exception {
        Path published = RepoPaths.root().getParent().resolve("shared/contracts");
        Assumptions.assumeTrue(Files.isDirectory(published), "no shared/contracts beside the checkout");
        for (String name : new String[] {ContractValidator.CASE_RECORD_SCHEMA, ContractValidator.SUMMARY_SCHEMA}) {
            assertThat(SchemaCompatibility.problems(MAPPER.readTree(published.resolve(name).toFile()),
                    ContractValidator.resource(name))).as(name).isEmpty();
        }
    }
}
