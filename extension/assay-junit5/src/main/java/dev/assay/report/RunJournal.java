package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code RunJournal} is used to append case records to {@code journal.jsonl} the moment each case
 * finishes. Each record is written whole and handed to the operating system at once, so a run that
 * is killed keeps every case it finished. Thread-safe.
 */
@API(status = INTERNAL, since = "0.1")
public final class RunJournal implements AutoCloseable {

    private final Path path;
    private final OutputStream out;

    /** Opens (appending) the journal at {@code path}, creating its folder. */
    public RunJournal(Path path) {
        this.path = path;
        try {
            Files.createDirectories(path.getParent());
            this.out = new FileOutputStream(path.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the run journal [" + path + "]", e);
        }
    }

    /** The journal file. */
    public Path path() {
        return path;
    }

    /** Appends one record as one line; the line reaches the OS before this returns. */
    public void append(CaseRecord record) {
        append(encode(List.of(record)));
    }

    /**
     * Records as the lines {@link #append(byte[])} writes, each ended by a newline. Callers that must
     * keep the journal in step with their own lock encode first, outside it, so the lock covers only
     * the write; the cases of one call (a batch) are encoded together and written at once.
     */
    public static byte[] encode(List<CaseRecord> records) {
        byte[][] json = new byte[records.size()][];
        int length = 0;
        for (int i = 0; i < json.length; i++) {
            CaseRecord record = records.get(i);
            try {
                json[i] = Json.MAPPER.writeValueAsBytes(record);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot serialise the case record of [" + record.caseId() + "]", e);
            }
            length += json[i].length + 1;
        }
        byte[] lines = new byte[length];
        int at = 0;
        for (byte[] line : json) {
            System.arraycopy(line, 0, lines, at, line.length);
            at += line.length;
            lines[at++] = '\n';
        }
        return lines;
    }

    /** Appends lines made by {@link #encode}; they reach the OS before this returns. */
    public void append(byte[] lines) {
        synchronized (this) {
            try {
                // One write per call, no user-space buffer: a kill -9 loses at most the cases in flight.
                out.write(lines);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to the run journal [" + path + "]", e);
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the run journal [" + path + "]", e);
        }
    }
}
