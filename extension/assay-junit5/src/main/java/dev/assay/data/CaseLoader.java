package dev.assay.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.MappingIterator;
import dev.assay.api.CaseSource;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code CaseLoader} is used to read a dataset file into {@link DatasetCase}s, checking it as it
 * goes: every problem is reported with the file, the line and the fix, before any case runs.
 */
@API(status = INTERNAL, since = "0.1")
public final class CaseLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private final CaseSourceSpec spec;
    private final ResolvedSource file;
    private final InvalidUtf8 invalidUtf8;

    private CaseLoader(CaseSourceSpec spec, ResolvedSource file, InvalidUtf8 invalidUtf8) {
        this.spec = spec;
        this.file = file;
        this.invalidUtf8 = invalidUtf8;
    }

    /**
     * Loads the dataset a spec names.
     *
     * @throws DatasetException naming the file and line of the first problem found
     */
    public static Dataset load(CaseSourceSpec spec, ProjectPaths paths) {
        return load(spec, paths, InvalidUtf8.FAIL);
    }

    /**
     * Loads the dataset a spec names, treating bytes that are not UTF-8 as {@code invalidUtf8} says.
     *
     * @throws DatasetException naming the file and line of the first problem found
     */
    public static Dataset load(CaseSourceSpec spec, ProjectPaths paths, InvalidUtf8 invalidUtf8) {
        spec.resolvedFormat(); // an unreadable format is reported before a missing file
        ResolvedSource file = paths.resolveDataset(spec.source());
        List<DatasetCase> cases = new CaseLoader(spec, file, invalidUtf8).read();
        return new Dataset(spec.source(), file.path(), cases);
    }

    private List<DatasetCase> read() {
        CaseSource.Format format = spec.resolvedFormat();
        List<DatasetCase> cases;
        try (Reader reader = file.open(invalidUtf8)) {
            cases = format == CaseSource.Format.JSONL ? readJsonl(reader) : readDelimited(reader, format);
        } catch (IOException e) {
            throw new DatasetException("Configuration error: cannot read dataset [" + file.display() + "]: "
                    + e.getMessage(), e);
        }
        if (cases.isEmpty()) {
            throw new DatasetException("Configuration error: dataset [" + file.display() + "] has no cases; "
                    + "add at least one " + (format == CaseSource.Format.JSONL ? "JSON line" : "row under the header"));
        }
        rejectDuplicateIds(cases);
        return cases;
    }

    private List<DatasetCase> readJsonl(Reader reader) throws IOException {
        List<DatasetCase> cases = new ArrayList<>();
        JsonLines.read(reader, "dataset [" + file.display() + "]",
                "{\"" + spec.idField() + "\": \"case_1\", \"" + spec.expectedField() + "\": ...}",
                (object, lineNo) -> cases.add(fromJson(object, lineNo, cases.size())));
        return cases;
    }

    private DatasetCase fromJson(ObjectNode object, int lineNo, int index) {
        String location = file.display() + ":" + lineNo;
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            fields.put(field.getKey(), JSON.convertValue(field.getValue(), Object.class));
        }
        if (!fields.containsKey(spec.expectedField()) || fields.get(spec.expectedField()) == null) {
            throw missingExpected(location, fields.keySet());
        }
        Map<String, String> tags = new LinkedHashMap<>();
        if (spec.tagFields().isEmpty()) {
            Object tagObject = fields.remove("tags");
            if (tagObject instanceof Map<?, ?> map) {
                map.forEach((k, v) -> tags.put(String.valueOf(k), String.valueOf(v)));
            } else if (tagObject != null) {
                throw new DatasetException("Configuration error: dataset [" + location + "] has a [tags] field that "
                        + "is not an object; write tags as {\"category\": \"Poor\"}");
            }
        }
        return assemble(fields, tags, location, index);
    }

    private List<DatasetCase> readDelimited(Reader reader, CaseSource.Format format) throws IOException {
        CsvSchema schema = format == CaseSource.Format.TSV
                // GLUE's TSV files contain bare quote characters inside sentences: no quoting at all.
                ? CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar()
                : CsvSchema.emptySchema();
        List<DatasetCase> cases = new ArrayList<>();
        try (MappingIterator<List<String>> rows = CSV.readerForListOf(String.class).with(schema).readValues(reader)) {
            if (!rows.hasNextValue()) {
                return cases;
            }
            List<String> header = rows.nextValue();
            while (true) {
                List<String> row;
                // The parser stands at the start of the next row: its line is the row's line.
                int lineNo = rows.getCurrentLocation().getLineNr();
                try {
                    if (!rows.hasNextValue()) {
                        break;
                    }
                    row = rows.nextValue();
                } catch (IOException e) {
                    throw new DatasetException("Configuration error: dataset [" + file.display() + "] line "
                            + lineNo + " cannot be parsed: " + e.getMessage(), e);
                }
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                if (row.size() != header.size()) {
                    throw new DatasetException("Configuration error: dataset [" + file.display() + "] line " + lineNo
                            + " has " + row.size() + " fields but the header has " + header.size() + " " + header
                            + (format == CaseSource.Format.CSV ? "; quote fields that contain commas"
                                    : "; TSV fields must not contain tabs"));
                }
                cases.add(fromRow(header, row, lineNo, cases.size()));
            }
        }
        return cases;
    }

    private DatasetCase fromRow(List<String> header, List<String> row, int lineNo, int index) {
        String location = file.display() + ":" + lineNo;
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            fields.put(header.get(i), row.get(i));
        }
        if (!fields.containsKey(spec.expectedField())) {
            throw missingExpected(location, fields.keySet());
        }
        return assemble(fields, new LinkedHashMap<>(), location, index);
    }

    private DatasetCase assemble(Map<String, Object> fields, Map<String, String> tags, String location, int index) {
        Object idValue = fields.remove(spec.idField());
        String id = idValue == null ? String.format("row_%04d", index + 1) : String.valueOf(idValue);
        if (id.isBlank()) {
            throw new DatasetException("Configuration error: dataset [" + location + "] has an empty ["
                    + spec.idField() + "]; give every case an id");
        }
        Object expected = fields.remove(spec.expectedField());
        for (String tagField : spec.tagFields()) {
            Object value = fields.remove(tagField);
            if (value == null) {
                throw new DatasetException("Configuration error: dataset [" + location + "] has no tag field ["
                        + tagField + "] named in @CaseSource(tags = ...); its fields are " + fields.keySet());
            }
            tags.put(tagField, String.valueOf(value));
        }
        Map<String, Object> inputs;
        if (spec.inputFields().isEmpty()) {
            inputs = fields;
        } else {
            inputs = new LinkedHashMap<>();
            for (String input : spec.inputFields()) {
                if (!fields.containsKey(input)) {
                    throw new DatasetException("Configuration error: dataset [" + location + "] has no input field ["
                            + input + "] named in @CaseSource(inputs = ...); its fields are " + fields.keySet());
                }
                inputs.put(input, fields.get(input));
            }
        }
        return new DatasetCase(id, expected, inputs, tags, location);
    }

    private DatasetException missingExpected(String location, java.util.Collection<String> fields) {
        return new DatasetException("Configuration error: dataset [" + location + "] has no expected value in field ["
                + spec.expectedField() + "]; its fields are " + fields
                + "; name the right one with @CaseSource(expected = \"...\")");
    }

    private void rejectDuplicateIds(List<DatasetCase> cases) {
        Map<String, String> seen = new HashMap<>();
        for (DatasetCase c : cases) {
            String first = seen.putIfAbsent(c.id(), c.location());
            if (first != null) {
                throw new DatasetException("Configuration error: dataset [" + file.display() + "] has the case id ["
                        + c.id() + "] twice, at " + first + " and " + c.location() + "; case ids must be unique");
            }
        }
    }
}
