package dev.assay.report.contract;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.assay.logging.QuietLogging;
import dev.assay.report.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * {@code ContractValidator} checks Assay's outputs against the JSON schemas of its contracts: each
 * line of a journal against {@code case-record.schema.json}, a {@code summary.json} against
 * {@code summary.schema.json}. The schemas ship in this jar ({@code dev/assay/contracts/}), so the
 * check needs nothing beside the project; {@link #fromFolder} reads another copy of them (the
 * published contracts, to prove the shipped copy still keeps them).
 *
 * <pre>{@code
 * ContractValidator.shipped().check(Path.of("target/assay")).problems().forEach(System.out::println);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContractValidator {

    static {
        // json-schema-validator logs through SLF4J: keep its no-provider warning out of users' builds.
        QuietLogging.apply();
    }

    /** The case record's schema file name. */
    public static final String CASE_RECORD_SCHEMA = "case-record.schema.json";
    /** The summary's schema file name. */
    public static final String SUMMARY_SCHEMA = "summary.schema.json";

    private static final ObjectMapper MAPPER = Json.MAPPER;
    private static final String RESOURCE_FOLDER = "/dev/assay/contracts/";

    private final JsonSchema caseRecord;
    private final JsonSchema summary;

    private ContractValidator(JsonNode caseRecordSchema, JsonNode summarySchema) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        this.caseRecord = factory.getSchema(caseRecordSchema);
        this.summary = factory.getSchema(summarySchema);
    }

    /** A validator with the schemas that ship in this jar. */
    public static ContractValidator shipped() {
        return new ContractValidator(resource(CASE_RECORD_SCHEMA), resource(SUMMARY_SCHEMA));
    }

    /** A validator with the two schema files in {@code folder}. */
    public static ContractValidator fromFolder(Path folder) {
        return new ContractValidator(read(folder.resolve(CASE_RECORD_SCHEMA)), read(folder.resolve(SUMMARY_SCHEMA)));
    }

    /** The shipped schema {@code name} ({@link #CASE_RECORD_SCHEMA} or {@link #SUMMARY_SCHEMA}) as JSON. */
    public static JsonNode resource(String name) {
        try (InputStream in = ContractValidator.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the schema [" + name + "] is missing from the assay-junit5 jar");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of one case record; empty when it conforms. */
    public List<String> checkRecord(JsonNode record) {
        return messages(caseRecord.validate(record));
    }

    /** The problems of one summary; empty when it conforms. */
    public List<String> checkSummary(JsonNode summaryJson) {
        return messages(summary.validate(summaryJson));
    }

    /**
     * Checks journals ({@code *.jsonl}) and summaries ({@code summary.json}): files as given, folders
     * searched for both. Each problem names the file, the line (journals) and the field.
     */
    public Report check(Path... paths) {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path file : files(paths)) {
            if (file.getFileName().toString().endsWith(".jsonl")) {
                List<String> lines = readLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).isBlank()) {
                        continue;
                    }
                    checked++;
                    String where = file + ":" + (i + 1) + ": ";
                    try {
                        checkRecord(MAPPER.readTree(lines.get(i))).forEach(p -> problems.add(where + p));
                    } catch (IOException e) {
                        problems.add(where + "not JSON: " + e.getMessage());
                    }
                }
            } else {
                checked++;
                try {
                    checkSummary(MAPPER.readTree(file.toFile())).forEach(p -> problems.add(file + ": " + p));
                } catch (IOException e) {
                    problems.add(file + ": not JSON: " + e.getMessage());
                }
            }
        }
        return new Report(checked, problems);
    }

    /**
     * What {@link #check} found.
     *
     * @param checked how many objects (records and summaries) were checked
     * @param problems one line per problem
     */
    public record Report(int checked, List<String> problems) {

        /** Whether something was checked and nothing was wrong. */
        public boolean passed() {
            return checked > 0 && problems.isEmpty();
        }
    }

    private static List<Path> files(Path... paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> all = Files.walk(p)) {
                    all.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().endsWith(".jsonl")
                                    || f.getFileName().toString().equals("summary.json"))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static List<String> messages(java.util.Set<ValidationMessage> errors) {
        return errors.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read [" + file + "]", e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema [" + file + "]", e);
        }
    }
}
