package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.assay.api.Task;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code JournalReader} is used to read case records back from {@code journal.jsonl} files (the
 * CLI, merges of shards). A malformed line or an unknown task or status is reported with its file
 * and line.
 */
@API(status = INTERNAL, since = "0.1")
public final class JournalReader {

    private static final Set<String> STATUSES = Set.of(CaseRecord.OK, CaseRecord.ERROR, CaseRecord.TIMEOUT,
            CaseRecord.UNPARSEABLE, CaseRecord.SKIPPED);

    private JournalReader() {
    }

    /**
     * Reads every record of one journal, in file order. A last line cut off by a killed run is
     * skipped: it was never a finished case.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed record
     */
    public static List<CaseRecord> read(Path journal) {
        List<CaseRecord> records = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
            List<String> lines = reader.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                CaseRecord record;
                try {
                    record = Json.MAPPER.readValue(line, CaseRecord.class);
                } catch (JsonProcessingException e) {
                    if (i == lines.size() - 1) {
                        continue;
                    }
                    throw new IllegalArgumentException("journal [" + journal + "] line " + (i + 1)
                            + " is not a case record: " + e.getOriginalMessage(), e);
                }
                check(record, journal, i + 1);
                records.add(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read journal [" + journal + "]", e);
        }
        return records;
    }

    private static void check(CaseRecord r, Path journal, int line) {
        String where = "journal [" + journal + "] line " + line;
        if (r.benchmark() == null || r.model() == null || r.caseId() == null) {
            throw new IllegalArgumentException(where + " lacks benchmark, model or case");
        }
        try {
            Task.fromWireName(r.task());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        if (!STATUSES.contains(r.status())) {
            throw new IllegalArgumentException(where + ": unknown status [" + r.status() + "]; known statuses are "
                    + "[ok, error, timeout, unparseable, skipped]");
        }
    }
}
