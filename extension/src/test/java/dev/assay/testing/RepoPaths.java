package dev.assay.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code RepoPaths} is used by tests to find committed fixtures wherever Maven or the IDE starts them. */
public final class RepoPaths {

    private RepoPaths() {
    }

    /** The checkout root: the nearest directory, upwards from the working directory, that holds {@code fixtures/}. */
    public static Path root() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("fixtures"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No directory with fixtures/ above [" + start + "]");
    }
}
