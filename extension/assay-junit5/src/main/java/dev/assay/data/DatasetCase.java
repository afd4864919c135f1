package dev.assay.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code DatasetCase} is one case as read from a dataset file: id, expected value, inputs, tags and
 * the place it came from. Immutable; values keep their JSON types (CSV values are strings).
 *
 * @param id the case's id, unique within its dataset
 * @param expected the expected value ({@code String}, {@code Number}, {@code Boolean}, {@code List} or {@code Map})
 * @param inputs input fields by name, in file order
 * @param tags tag values by name, in file order
 * @param location {@code file:line}, for messages
 */
@API(status = INTERNAL, since = "0.1")
public record DatasetCase(String id, Object expected, Map<String, Object> inputs, Map<String, String> tags,
                          String location) {

    /** Copies the maps so that a case cannot change after loading. */
    public DatasetCase {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }
}
