package dev.assay.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * {@code ResolvedSource} is a dataset found on disk or on the classpath, opened as UTF-8 text.
 *
 * @param display how messages name it: the path as the user wrote it
 * @param path the file on disk, or null for a classpath resource
 * @param resource the classpath resource, or null for a file
 */
@API(status = INTERNAL, since = "0.1")
public record ResolvedSource(String display, Path path, URL resource) {

    /** Opens the source for reading as UTF-8; bytes that are not UTF-8 are a {@link DatasetException}. */
    public Reader open() throws IOException {
        return open(InvalidUtf8.FAIL);
    }

    /**
     * Opens the source for reading as UTF-8, checked whole before anything is parsed.
     *
     * @throws DatasetException naming the line and byte of the first byte that is not UTF-8, under {@link InvalidUtf8#FAIL}
     */
    public Reader open(InvalidUtf8 policy) throws IOException {
        byte[] bytes;
        try (InputStream in = path != null ? Files.newInputStream(path) : resource.openStream()) {
            bytes = in.readAllBytes();
        }
        return new StringReader(Utf8Text.decode(bytes, display, policy));
    }
}
