package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apiguardian.api.API;

/**
 * {@code AtomicFiles} writes every output Assay keeps (summaries, specs, stored baselines,
 * recordings, generated datasets) through a temporary file in the same folder and a move, so a
 * reader sees the old file or the new one, never half of one, and a run killed mid-write leaves the
 * previous file intact. Temporary files are named {@code .NAME.RANDOM.tmp}; a failed write removes
 * its own, and {@link #removeStale} clears those a killed process left behind.
 */
@API(status = INTERNAL, since = "0.1")
public final class AtomicFiles {

    private static final String SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /** Writes {@code value} as indented JSON to {@code file}. */
    public static void writeJson(Path file, Object value) {
        write(file, tmp -> Json.PRETTY.writeValue(tmp.toFile(), value));
    }

    /** Writes {@code text} as UTF-8 to {@code file}. */
    public static void writeString(Path file, String text) {
        write(file, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code file}. */
    public static void writeBytes(Path file, byte[] bytes) {
        write(file, tmp -> Files.write(tmp, bytes));
    }

    /** Deletes the temporary files a killed writer left in {@code folder}; a missing folder is fine. */
    public static void removeStale(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, ".*" + SUFFIX)) {
            for (Path tmp : stale) {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // Leftovers are ignored by every reader anyway; failing a run over them would be worse.
        }
    }

    /** The content of one write. */
    @FunctionalInterface
    private interface Content {
        void writeTo(Path tmp) throws IOException;
    }

    private static void write(Path file, Content content) {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", SUFFIX);
            content.writeTo(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write [" + target + "]", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the write already failed; that is the error to report
                }
            }
        }
    }
}
