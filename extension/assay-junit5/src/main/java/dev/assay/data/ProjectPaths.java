package dev.assay.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * {@code ProjectPaths} is used to resolve the paths users write in annotations ({@code
 * fixtures/datasets/x.jsonl}) against the project root, so the same annotation works from the IDE,
 * from {@code mvn test} in a module folder, and from the CLI.
 *
 * <p>The root is, in order: the {@code assay.root} configuration value or system property; the topmost folder of the
 * chain of folders holding a {@code pom.xml} (or Gradle settings) above the working directory; the
 * working directory.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProjectPaths {

    /** The configuration key and system property naming the project root. */
    public static final String ROOT_KEY = "assay.root";

    private final Path root;

    /** Paths resolved against the given root. */
    public ProjectPaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Paths resolved against the configured root, or the one found from the working directory. */
    public static ProjectPaths detect(String configuredRoot) {
        if (configuredRoot != null && !configuredRoot.isBlank()) {
            return new ProjectPaths(Path.of(configuredRoot));
        }
        // JUnit reads system properties as configuration parameters, but a launcher may turn that off
        // (EngineTestKit does): the build's -Dassay.root still counts.
        String property = System.getProperty(ROOT_KEY);
        if (property != null && !property.isBlank()) {
            return new ProjectPaths(Path.of(property));
        }
        Path dir = Path.of("").toAbsolutePath();
        Path found = null;
        for (Path p = dir; p != null; p = p.getParent()) {
            if (isProjectFolder(p)) {
                found = p;
            } else if (found != null) {
                break;
            }
        }
        return new ProjectPaths(found != null ? found : dir);
    }

    private static boolean isProjectFolder(Path p) {
        return Files.isRegularFile(p.resolve("pom.xml")) || Files.isRegularFile(p.resolve("settings.gradle"))
                || Files.isRegularFile(p.resolve("settings.gradle.kts"));
    }

    /** The project root. */
    public Path root() {
        return root;
    }

    /** A path as written by the user: absolute as is, else under the project root. */
    public Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p : root.resolve(p).normalize();
    }

    /**
     * Finds a dataset on disk or, failing that, on the classpath.
     *
     * @throws DatasetException saying where it looked, when it is in neither place
     */
    public ResolvedSource resolveDataset(String path) {
        Path file = resolve(path);
        if (Files.isRegularFile(file)) {
            return new ResolvedSource(path, file, null);
        }
        String resourceName = path.startsWith("/") ? path.substring(1) : path;
        URL resource = Thread.currentThread().getContextClassLoader().getResource(resourceName);
        if (resource != null) {
            return new ResolvedSource(path, null, resource);
        }
        throw new DatasetException("Configuration error: dataset [" + path + "] not found: looked for file [" + file
                + "] and classpath resource [" + resourceName + "]; paths are relative to the project root [" + root
                + "] (set assay.root to change it)");
    }
}
