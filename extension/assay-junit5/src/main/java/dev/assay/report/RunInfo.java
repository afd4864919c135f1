package dev.assay.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * {@code RunInfo} names a run for its reporters: its id and the folder that holds its journal.
 *
 * @param id the run id ({@code 20261125T101500Z-3f9a}, or {@code assay.run.id})
 * @param dir the run's folder, {@code <assay.output.dir>/<id>}, holding {@code journal.jsonl}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RunInfo(String id, Path dir) {
}
