package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apiguardian.api.API;

/** {@code Json} holds the one configured Jackson mapper the reports share (mappers are costly to build). */
@API(status = INTERNAL, since = "0.1")
public final class Json {

    /** The mapper for journals and summaries. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** A writer for human-read files (summaries): indented. */
    public static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private Json() {
    }
}
