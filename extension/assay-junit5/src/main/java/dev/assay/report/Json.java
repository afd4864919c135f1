package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apiguardian.api.API;

/** {@code Json} holds the one configured Jackson mapper the reports share (mappers are costly to build). */
@API(status = INTERNAL, since = "0.1")
public final class Json {

    /**
     * The mapper for journals and summaries. It reads names and strings far longer than Jackson's
     * defaults (50,000 characters for a name): a journal holds what models said, and a model that
     * answered with a megabyte label (a probability map's key) must not make the journal unreadable.
     */
    public static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNameLength(64 * 1024 * 1024)
                    .maxStringLength(512 * 1024 * 1024)
                    .build())
            .build())
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** A writer for human-read files (summaries): indented. */
    public static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private Json() {
    }
}
