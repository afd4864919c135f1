package dev.assay.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code RepoPaths} finds the repository root (the folder holding {@code fixtures/}) from the working directory. */
public final class RepoPaths {

    private RepoPaths() {
    }

    /** The repository root. */
    public static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("fixtures"))) {
                return p;
            }
        }
        throw new IllegalStateException("no folder with fixtures/ above " + Path.of("").toAbsolutePath());
    }
}
