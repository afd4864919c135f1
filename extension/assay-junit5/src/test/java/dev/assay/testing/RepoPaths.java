package dev.assay.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code RepoPaths} is used by tests to find committed fixtures wherever Maven or the IDE starts
 * them (repository root or module directory).
 */
public final class RepoPaths {

    private RepoPaths() {
    }

    /** The nearest directory at or above the working directory that holds {@code fixtures/}. */
    public static Path root() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("fixtures"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no directory with fixtures/ at or above [" + start + "]");
    }

    /** A path under the repository root, e.g. {@code fixture("fixtures/reference/metrics/reference.json")}. */
    public static Path fixture(String relative) {
        return root().resolve(relative);
    }
}
