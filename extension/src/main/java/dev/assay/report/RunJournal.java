package dev.assay.report;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code RunJournal} is used to append case records to {@code journal.jsonl} the moment each case
 * finishes. Each record is written whole and handed to the operating system at once, so a run that
 * is killed keeps every case it finished. Thread-safe.
 */
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
        append(encode(record));
    }

    /**
     * A record as the line {@link #append(byte[])} writes. Callers that must keep the journal in step
     * with their own lock encode first, outside it, so the lock covers only the write.
     */
    public static byte[] encode(CaseRecord record) {
        try {
            return Json.MAPPER.writeValueAsBytes(record);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the case record of [" + record.caseId() + "]", e);
        }
    }

    /**
     * Records as the lines {@link #append(byte[])} writes, each ended by a newline: the cases of one
     * call (a batch), written at once.
     */
    public static byte[] encodeAll(List<CaseRecord> records) {
        ByteArrayOutputStream lines = new ByteArrayOutputStream(256 * records.size());
        for (CaseRecord record : records) {
            lines.writeBytes(encode(record));
            lines.write('\n');
        }
        return lines.toByteArray();
    }

    /**
     * Appends lines made by {@link #encode} (a newline is added when the last one lacks it) or
     * {@link #encodeAll}; they reach the OS before this returns.
     */
    public void append(byte[] line) {
        synchronized (this) {
            try {
                // One write per call, no user-space buffer: a kill -9 loses at most the cases in flight.
                if (line.length > 0 && line[line.length - 1] == '\n') {
                    out.write(line);
                    return;
                }
                byte[] withNewline = new byte[line.length + 1];
                System.arraycopy(line, 0, withNewline, 0, line.length);
                withNewline[line.length] = '\n';
                out.write(withNewline);
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
