package dev.assay.cli;

import dev.assay.report.CaseRecord;
import dev.assay.report.JournalReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code JournalSet} is the records of several journals (a run, or the shards of one) read
 * together. A case seen twice (a journal passed twice, shards that overlap, a run id reused) is
 * refused, naming the case and both files: counting it twice would claim cases that never ran.
 * The shards the records name are checked for gaps.
 */
final class JournalSet {

    private final List<CaseRecord> records = new ArrayList<>();
    private final Map<Integer, TreeSet<Integer>> shards = new TreeMap<>();

    /** Reads every journal, in order. */
    JournalSet(List<Path> journals) {
        Map<String, Path> seen = new HashMap<>();
        java.util.Set<Path> given = new java.util.HashSet<>();
        for (Path journal : journals) {
            if (!given.add(journal.toAbsolutePath().normalize())) {
                throw new IllegalArgumentException("journal [" + journal + "] is given twice; merge each shard's journal once");
            }
        }
        for (Path journal : journals) {
            List<CaseRecord> read = JournalReader.read(journal);
            for (int i = 0; i < read.size(); i++) {
                CaseRecord r = read.get(i);
                String id = r.benchmark() + "\u0000" + r.model() + "\u0000" + r.caseId() + "\u0000" + r.round();
                Path first = seen.putIfAbsent(id, journal);
                if (first != null) {
                    throw new IllegalArgumentException("case [" + r.caseId() + "] round " + r.round() + " of model ["
                            + r.model() + "] in benchmark [" + r.benchmark() + "] is in " + (first.equals(journal)
                            ? "[" + journal + "] twice (a run id reused?)" : "both [" + first + "] and [" + journal
                            + "]") + "; merge each shard's journal once");
                }
                if (r.shard() != null) {
                    String[] kn = r.shard().split("/");
                    shards.computeIfAbsent(Integer.parseInt(kn[1]), n -> new TreeSet<>()).add(Integer.parseInt(kn[0]));
                }
            }
            records.addAll(read);
        }
    }

    List<CaseRecord> records() {
        return records;
    }

    /** The shards the records name as part of a split but that no journal holds ({@code 3/4}); empty when none is missing. */
    List<String> missingShards() {
        List<String> missing = new ArrayList<>();
        shards.forEach((n, present) -> {
            for (int k = 1; k <= n; k++) {
                if (!present.contains(k)) {
                    missing.add(k + "/" + n);
                }
            }
        });
        return missing;
    }
}
