package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.assay.api.Task;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
 *
 * <p>A journal is appended to as cases finish, so a killed run or a full disk can leave its last
 * line cut off anywhere, even inside a multi-byte character. Each line is decoded on its own, so
 * such a line costs only itself: a last line without its newline that does not decode or parse is
 * skipped with a warning naming the file and line, and every record before it is read. A line that
 * does not decode or parse anywhere else is an error naming the file and line.
 */
@API(status = INTERNAL, since = "0.1")
public final class JournalReader {

    private static final Set<String> STATUSES = Set.of(CaseRecord.OK, CaseRecord.ERROR, CaseRecord.TIMEOUT,
            CaseRecord.UNPARSEABLE, CaseRecord.SKIPPED);

    private JournalReader() {
    }

    /**
     * What was read from a journal.
     *
     * @param records every record, in file order
     * @param warnings one line per cut-off last line that was skipped (at most one)
     */
    public record Result(List<CaseRecord> records, List<String> warnings) {
    }

    /**
     * Reads every record of one journal, in file order, and prints a warning for a cut-off last line
     * to standard error.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed record
     */
    public static List<CaseRecord> read(Path journal) {
        Result result = readAll(journal);
        result.warnings().forEach(w -> System.err.println("[assay] WARNING: " + w));
        return result.records();
    }

    /**
     * Reads every record of one journal, in file order, with the warnings instead of printing them.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed record
     */
    public static Result readAll(Path journal) {
        List<CaseRecord> records = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (InputStream in = Files.newInputStream(journal)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
            byte[] buffer = new byte[1 << 16];
            int number = 0;
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        line.write(buffer, start, i - start);
                        add(records, parse(line.toByteArray(), journal, ++number, false, warnings));
                        line.reset();
                        start = i + 1;
                    }
                }
                line.write(buffer, start, n - start);
            }
            if (line.size() > 0) {
                // No newline after it: the last write of a run that was killed or ran out of disk.
                add(records, parse(line.toByteArray(), journal, ++number, true, warnings));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read journal [" + journal + "]", e);
        }
        return new Result(records, warnings);
    }

    private static void add(List<CaseRecord> records, CaseRecord record) {
        if (record != null) {
            records.add(record);
        }
    }

    /** The line's record; null for a blank line or a cut-off last line (which adds a warning). */
    private static CaseRecord parse(byte[] bytes, Path journal, int number, boolean cutOff, List<String> warnings) {
        String where = "journal [" + journal + "] line " + number;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            if (cutOff) {
                warnings.add(cutOffWarning(where, number));
                return null;
            }
            throw new IllegalArgumentException(where + " is not valid UTF-8 (" + e.getMessage() + " at byte "
                    + firstBadByte(bytes) + " of the line); the journal is damaged there", e);
        }
        if (text.isBlank()) {
            return null;
        }
        CaseRecord record;
        try {
            record = Json.MAPPER.readValue(text, CaseRecord.class);
        } catch (JsonProcessingException e) {
            if (cutOff) {
                warnings.add(cutOffWarning(where, number));
                return null;
            }
            throw new IllegalArgumentException(where + " is not a case record: " + e.getOriginalMessage(), e);
        }
        check(record, where);
        return record;
    }

    private static String cutOffWarning(String where, int number) {
        return where + " is cut off (a run killed or a disk filled while writing it): skipped; the "
                + (number - 1) + " lines before it are read";
    }

    /** The offset of the first byte that does not start a valid UTF-8 sequence. */
    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static void check(CaseRecord r, String where) {
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
