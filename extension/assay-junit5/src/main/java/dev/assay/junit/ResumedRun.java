package dev.assay.junit;

import dev.assay.report.CaseRecord;
import dev.assay.report.JournalReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * {@code ResumedRun} is a killed run taken up again ({@code assay.resume=RUN_ID} or {@code latest}):
 * the records its journal already holds, so only the cases it lacks run, appended to the same
 * journal, and the summary covers every case as if the run had never stopped. A last line the kill
 * cut off is removed first: it was never a finished case, and new records must not be glued to it.
 */
final class ResumedRun {

    /** The configuration key. */
    static final String KEY = "assay.resume";

    private final String runId;
    private final Map<String, List<CaseRecord>> byBenchmark = new LinkedHashMap<>();

    private ResumedRun(String runId) {
        this.runId = runId;
    }

    /**
     * The run to resume in {@code outputDir}, its journal trimmed to whole lines and read.
     *
     * @throws ExtensionConfigurationException when there is no such run
     */
    static ResumedRun open(Path outputDir, String which) {
        String id = which.equals("latest") ? latest(outputDir) : which;
        Path journal = outputDir.resolve(id).resolve("journal.jsonl");
        if (!Files.isRegularFile(journal)) {
            throw new ExtensionConfigurationException("Configuration error: " + KEY + " is [" + which + "], but there is no "
                    + "journal at [" + journal + "]; name a run folder under [" + outputDir + "], or use latest");
        }
        trimCutLine(journal);
        ResumedRun run = new ResumedRun(id);
        for (CaseRecord r : JournalReader.read(journal)) {
            run.byBenchmark.computeIfAbsent(r.benchmark(), b -> new ArrayList<>()).add(r);
        }
        return run;
    }

    String runId() {
        return runId;
    }

    /** The records the journal already held for a benchmark. */
    List<CaseRecord> records(String benchmark) {
        return byBenchmark.getOrDefault(benchmark, List.of());
    }

    /** The newest run folder with a journal: run ids start with their UTC start time, so the greatest. */
    private static String latest(Path outputDir) {
        try (Stream<Path> runs = Files.isDirectory(outputDir) ? Files.list(outputDir) : Stream.empty()) {
            return runs.filter(d -> Files.isRegularFile(d.resolve("journal.jsonl"))).map(d -> d.getFileName().toString())
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new ExtensionConfigurationException("Configuration error: " + KEY + " is [latest], "
                            + "but no run under [" + outputDir + "] has a journal"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cuts the file after its last newline. */
    private static void trimCutLine(Path journal) {
        try (RandomAccessFile file = new RandomAccessFile(journal.toFile(), "rw")) {
            long end = file.length();
            while (end > 0) {
                file.seek(end - 1);
                if (file.read() == '\n') {
                    break;
                }
                end--;
            }
            if (end < file.length()) {
                System.err.println("[assay] WARNING: resuming run: the last line of [" + journal + "] was cut off ("
                        + (file.length() - end) + " bytes); it is removed, and its case runs again");
                file.setLength(end);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot trim the journal [" + journal + "]", e);
        }
    }
}
