package dev.assay.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Test helper: a project folder holding {@code cases.jsonl}, a binary dataset ({@code pos}/{@code neg}
 * alternating) whose cases carry a seeded uniform {@code u}, which CompareTestCase's models read to
 * be right with a chosen probability.
 */
public final class BinaryCases {

    private BinaryCases() {
    }

    /** Writes {@code n} cases into {@code folder/cases.jsonl} and returns the folder (use it as assay.root). */
    public static Path write(Path folder, int n, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(String.format(Locale.ROOT, "{\"id\":\"c%03d\",\"expected\":\"%s\",\"u\":%.6f}", i,
                    i % 2 == 0 ? "pos" : "neg", random.nextDouble()));
        }
        Files.createDirectories(folder);
        Files.write(folder.resolve("cases.jsonl"), lines);
        return folder;
    }
}
