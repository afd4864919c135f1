package dev.assay.report.history;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.assay.report.Json;
import dev.assay.report.Summary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code MetricHistory} is a folder of per-benchmark files ({@code <benchmark>.jsonl}), each line
 * one model's results in one run, appended when a run ends. Keep the folder between CI runs (cache
 * it) and every run can show how a metric moved. A line cut off by a killed run is skipped.
 *
 * <pre>{@code
 * MetricHistory history = new MetricHistory(Path.of(".assay/history"));
 * history.append(summary, Instant.now());
 * history.entries("resume-scoring");   // oldest first
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class MetricHistory {

    /** The configuration key of the folder; {@code none} keeps no history. */
    public static final String DIR_KEY = "assay.history.dir";
    /** The folder under the project root when the key is not set. */
    public static final String DEFAULT_DIR = ".assay/history";

    private final Path folder;

    /** The history kept in {@code folder} (created on the first append). */
    public MetricHistory(Path folder) {
        this.folder = folder;
    }

    /** The folder. */
    public Path folder() {
        return folder;
    }

    /** Appends every model of every benchmark of {@code summary}, as of {@code time}. */
    public synchronized void append(Summary summary, Instant time) {
        for (Summary.BenchmarkResult bench : summary.benchmarks) {
            StringBuilder lines = new StringBuilder();
            for (Summary.ModelResult m : bench.models) {
                HistoryEntry entry = new HistoryEntry(summary.run, time.toString(), bench.benchmark, m.model, m.n, m.nOk,
                        summary.complete, m.metrics, m.thresholds);
                try {
                    lines.append(Json.MAPPER.writeValueAsString(entry)).append('\n');
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            }
            try {
                Files.createDirectories(folder);
                // One append per benchmark: a run killed in the middle loses at most its last line.
                Files.writeString(file(bench.benchmark), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to the metric history [" + file(bench.benchmark) + "]", e);
            }
        }
    }

    /** Every entry of a benchmark, oldest first; empty when there is none. */
    public List<HistoryEntry> entries(String benchmark) {
        return read(file(benchmark));
    }

    /** The model's latest entry from a run other than {@code currentRun}, if any. */
    public Optional<HistoryEntry> previous(String benchmark, String model, String currentRun) {
        List<HistoryEntry> all = entries(benchmark);
        for (int i = all.size() - 1; i >= 0; i--) {
            HistoryEntry e = all.get(i);
            if (e.model().equals(model) && !e.run().equals(currentRun)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Every benchmark with a history here, sorted. */
    public List<String> benchmarks() {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return names;
        }
        try (var files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().forEach(f -> {
                List<HistoryEntry> entries = read(f);
                if (!entries.isEmpty()) {
                    names.add(entries.get(0).benchmark());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static List<HistoryEntry> read(Path file) {
        List<HistoryEntry> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(Json.MAPPER.readValue(line, HistoryEntry.class));
                } catch (JsonProcessingException e) {
                    // A line cut by a killed run, or one from another version: history is for reading trends, not a contract.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the metric history [" + file + "]", e);
        }
        return out;
    }

    /** A file name for a benchmark: its name with characters no file system takes replaced. */
    private Path file(String benchmark) {
        return folder.resolve(benchmark.replaceAll("[^A-Za-z0-9._-]", "_") + ".jsonl");
    }
}
