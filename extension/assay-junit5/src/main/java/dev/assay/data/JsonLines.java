package dev.assay.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * {@code JsonLines} reads a JSON-lines file one object per non-blank line, for datasets and corpora
 * alike, and rejects a line that is not a JSON object with its file and line number.
 */
final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What to do with each object, given its 1-based line number. */
    @FunctionalInterface
    interface ObjectLine {
        void accept(ObjectNode object, int lineNo);
    }

    private JsonLines() {
    }

    /**
     * Hands every object of {@code reader} to {@code each}, skipping blank lines.
     *
     * @param what the file as messages name it, e.g. {@code dataset [cases.jsonl]}
     * @param example one line as it should look, for the message about a line that is not an object
     * @throws DatasetException at the first line that is not valid JSON or not an object
     */
    static void read(Reader reader, String what, String example, ObjectLine each) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int lineNo = 0;
        while ((line = lines.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new DatasetException("Configuration error: " + what + " line " + lineNo + " is not valid JSON ("
                        + e.getOriginalMessage() + "); each line must be one JSON object", e);
            }
            if (!(node instanceof ObjectNode object)) {
                throw new DatasetException("Configuration error: " + what + " line " + lineNo + " is a JSON "
                        + node.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object; each line must be "
                        + "one JSON object such as " + example);
            }
            each.accept(object, lineNo);
        }
    }
}
