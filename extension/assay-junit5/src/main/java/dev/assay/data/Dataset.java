package dev.assay.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code Dataset} is the list of cases a benchmark runs, in file order, with the file it came from.
 *
 * @param source the dataset file as the user named it, for messages
 * @param path the resolved file
 * @param cases every case (after sharding, when a shard is configured)
 */
@API(status = INTERNAL, since = "0.1")
public record Dataset(String source, Path path, List<DatasetCase> cases) {

    /** Keeps an unmodifiable copy of the cases. */
    public Dataset {
        cases = List.copyOf(cases);
    }

    /** The number of cases. */
    public int size() {
        return cases.size();
    }
}
