package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.junit.RegressionBenchmarkTestCase;
import dev.assay.report.AtomicFiles;
import dev.assay.report.JournalReader;
import dev.assay.testkit.BenchmarkRun;
import dev.assay.testkit.Contracts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal cut anywhere (inside a multi-byte character included) keeps every finished case; every
 * output is written through a temporary file, so a killed write leaves the previous file whole.
 */
class TornJournalAndAtomicOutputTest {

    private static final String RECORD = "{\"run\":\"r\",\"benchmark\":\"b\",\"model\":\"m\",\"case\":\"%s\",\"round\":0,"
            + "\"task\":\"classification\",\"status\":\"ok\",\"expected\":\"caf\u00e9\",\"predicted\":\"%s\",\"latency_ms\":1}\n";

    @TempDir
    Path temp;

    private static byte[] records(String... predicted) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < predicted.length; i++) {
            out.append(String.format(RECORD, "c" + i, predicted[i]));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aJournalCutInsideAMultiByteCharacterKeepsEveryFinishedCase() throws IOException {
        byte[] whole = records("caf\u00e9", "na\u00efve", "\u65e5\u672c\u8a9e");
        byte[] last = records("\u65e5\u672c\u8a9e");
        // Cut after the first byte of the three-byte 日 in the last record's "predicted".
        int cut = whole.length - last.length + new String(last, StandardCharsets.UTF_8).indexOf('\u65e5') + 1;
        Path journal = temp.resolve("journal.jsonl");
        Files.write(journal, Arrays.copyOf(whole, cut));

        JournalReader.Result read = JournalReader.readAll(journal);

        assertThat(read.records()).extracting(r -> r.predicted()).containsExactly("caf\u00e9", "na\u00efve");
        assertThat(read.warnings()).containsExactly("journal [" + journal + "] line 3 is cut off (a run killed or a "
                + "disk filled while writing it): skipped; the 2 lines before it are read");
    }

    @Test
    void theCliRebuildsTheSummaryOfATornJournalAndSaysWhichLineItSkipped() throws IOException {
        BenchmarkRun run = BenchmarkRun.of(temp.resolve("run"), RegressionBenchmarkTestCase.class);
        Path journal = run.runDir().resolve("journal.jsonl");
        byte[] bytes = Files.readAllBytes(journal);
        long lines = run.journal().size();
        Files.write(journal, Arrays.copyOf(bytes, bytes.length - 7));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = AssayCli.run("report", "--out", temp.resolve("rebuilt").toString(), journal.toString());
        } finally {
            System.setErr(old);
        }

        assertThat(status).as("3: a record is missing (the cut one); 2 would be unreadable input").isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[assay] WARNING: journal [" + journal + "] line "
                + lines + " is cut off");
        JsonNode summary = Contracts.assertSummaryConforms(temp.resolve("rebuilt/summary.json"));
        int n = 0;
        for (JsonNode model : summary.at("/benchmarks/0/models")) {
            n += model.get("n").asInt();
        }
        assertThat(n).isEqualTo(lines - 1);
    }

    @Test
    void aDamagedLineInTheMiddleIsAnErrorNamingFileAndLine() throws IOException {
        byte[] good = records("a");
        byte[] bad = records("b");
        bad[bad.length / 2] = (byte) 0xff;
        Path journal = temp.resolve("journal.jsonl");
        Files.write(journal, concat(good, bad, good));

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> JournalReader.readAll(journal)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("journal [" + journal + "] line 2 is not valid UTF-8 (")
                .hasMessageContaining("at byte " + (bad.length / 2) + " of the line); the journal is damaged there");
    }

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path summary = temp.resolve("run/summary.json");
        AtomicFiles.writeJson(summary, Map.of("run", "good"));

        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> AtomicFiles.writeJson(summary, Map.of("run", new FailsWhenWritten()))))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining(summary.toString());

        assertThat(Files.readString(summary)).contains("\"good\"");
        try (Stream<Path> files = Files.list(summary.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("summary.json");
        }
    }

    @Test
    void staleTemporaryFilesOfAKilledRunAreRemovedByTheNextOne() throws IOException {
        Path runDir = temp.resolve("out/test-run");
        Files.createDirectories(runDir);
        Files.writeString(runDir.resolve(".summary.json.123.tmp"), "{\"half\":");
        Files.writeString(runDir.resolve("summary.json.tmp"), "kept: not a name Assay uses");

        BenchmarkRun.of(temp.resolve("out"), RegressionBenchmarkTestCase.class);

        assertThat(runDir.resolve(".summary.json.123.tmp")).doesNotExist();
        assertThat(runDir.resolve("summary.json")).isRegularFile();
    }

    @Test
    void theCliNeverLeavesAHalfSummaryInTheRunsOwnFolder() throws IOException {
        BenchmarkRun run = BenchmarkRun.of(temp.resolve("run"), RegressionBenchmarkTestCase.class);
        String before = run.file("summary.json");
        Files.writeString(run.runDir().resolve(".summary.json.99.tmp"), "{\"half\":");

        AssayCli.run("report", "--out", run.runDir().toString(), run.runDir().toString());

        assertThat(BenchmarkRun.json(run.file("summary.json"))).isEqualTo(BenchmarkRun.json(before));
        try (Stream<Path> files = Files.list(run.runDir())) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** A value Jackson fails on after it has begun writing the file. */
    static final class FailsWhenWritten {
        public String getValue() {
            throw new IllegalStateException("killed half way");
        }
    }
}
