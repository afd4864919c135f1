package dev.assay.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.metrics.Labels;
import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code CorpusLoader} is used to read the corpus of a {@code @Ranking} benchmark: a JSONL file, one
 * document per line, each with a unique, non-empty id. Every problem is reported with the file, the
 * line and the fix, before any case runs.
 */
@API(status = INTERNAL, since = "0.1")
public final class CorpusLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusLoader() {
    }

    /**
     * Reads a corpus.
     *
     * @param source the path as the user wrote it (project root, absolute or classpath)
     * @param idField the field holding each document's id
     * @throws DatasetException naming the file and line of the first problem found
     */
    public static CorpusFile load(String source, String idField, ProjectPaths paths, InvalidUtf8 invalidUtf8) {
        if (!source.toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl")
                && !source.toLowerCase(java.util.Locale.ROOT).endsWith(".ndjson")) {
            throw new DatasetException("Configuration error: corpus [" + source + "] is not a .jsonl file; write the "
                    + "corpus as JSON lines such as {\"" + idField + "\": \"d1\", \"text\": \"...\"}");
        }
        ResolvedSource file = paths.resolveDataset(source);
        Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        String example = "{\"" + idField + "\": \"d1\", \"text\": \"...\"}";
        try (Reader reader = file.open(invalidUtf8)) {
            JsonLines.read(reader, "corpus [" + file.display() + "]", example, (object, lineNo) -> {
                String where = "corpus [" + file.display() + "] line " + lineNo;
                JsonNode idNode = object.get(idField);
                if (idNode == null || idNode.isNull() || idNode.isContainerNode() || idNode.asText().isBlank()) {
                    throw new DatasetException("Configuration error: " + where + " has no id in field [" + idField
                            + "]; give every document an id, or name the field with @Ranking(id = \"...\")");
                }
                String id = Labels.of(JSON.convertValue(idNode, Object.class));
                Integer first = lineOf.putIfAbsent(id, lineNo);
                if (first != null) {
                    throw new DatasetException("Configuration error: corpus [" + file.display() + "] has the id ["
                            + id + "] twice, at lines " + first + " and " + lineNo + "; document ids must be unique");
                }
                Map<String, Object> fields = new LinkedHashMap<>();
                object.properties().forEach(e -> {
                    if (!e.getKey().equals(idField)) {
                        fields.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class));
                    }
                });
                documents.put(id, Collections.unmodifiableMap(fields));
            });
        } catch (IOException e) {
            throw new DatasetException("Configuration error: cannot read corpus [" + file.display() + "]: "
                    + e.getMessage(), e);
        }
        if (documents.isEmpty()) {
            throw new DatasetException("Configuration error: corpus [" + file.display() + "] has no documents; add "
                    + "one JSON line per document");
        }
        return new CorpusFile(file.display(), documents);
    }
}
