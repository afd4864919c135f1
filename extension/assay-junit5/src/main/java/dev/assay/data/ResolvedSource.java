package dev.assay.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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

    /** Opens the source for reading as UTF-8. */
    public Reader open() throws IOException {
        InputStream in = path != null ? Files.newInputStream(path) : resource.openStream();
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
