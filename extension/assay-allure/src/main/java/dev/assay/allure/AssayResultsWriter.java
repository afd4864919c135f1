package dev.assay.allure;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.secrets.SecretMasker;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.internal.Allure2ModelJackson;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * {@code AssayResultsWriter} writes Allure results into one folder, as allure-java's
 * {@code FileSystemResultsWriter} does, with three differences Assay needs: each result and run file
 * is written to a temporary name and then moved (a report generated mid-run never reads half a
 * result); results of
 * case nodes left out by {@code assay.allure.cases} are dropped before they reach the disk; and a
 * failure to write is logged once and never thrown, so reporting cannot change a test's outcome.
 *
 * <p>Results are serialised on the calling thread, then written to disk in the background
 * ({@link BackgroundWrites}), in the order they came; {@link #flush()} waits for the disk.
 */
@API(status = INTERNAL, since = "0.1")
public final class AssayResultsWriter implements AllureResultsWriter {

    private static final java.util.regex.Pattern TEXT_FILE =
            java.util.regex.Pattern.compile("\\.(json|txt|html|svg|csv|md|xml|properties|log)$");

    private final Path directory;
    // allure-java shades its Jackson: its own mapper knows the Allure model's naming.
    private final io.qameta.allure.internal.shadowed.jackson.databind.ObjectMapper mapper = Allure2ModelJackson.createMapper();
    private final Set<String> omitted = ConcurrentHashMap.newKeySet();
    private final Set<Path> created = ConcurrentHashMap.newKeySet();
    private final BackgroundWrites writes;

    /** A writer into {@code directory}, created on first write. */
    public AssayResultsWriter(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        this.writes = new BackgroundWrites(this.directory.toString());
    }

    /** Waits until every result, attachment and file handed to this writer is on disk (at most a minute). */
    public void flush() {
        if (!writes.flush(60)) {
            ReportingFailures.log(directory, new IOException("Allure results still being written after a minute"));
        }
    }

    /** The folder results go to. */
    public Path directory() {
        return directory;
    }

    /** Drops the result with this uuid, and its container, when they are written. */
    void omit(String testUuid) {
        omitted.add(testUuid);
    }

    @Override
    public void write(TestResult result) {
        if (result.getUuid() != null && omitted.contains(result.getUuid())) {
            return;
        }
        writeJson(result.getUuid() + "-result.json", result);
    }

    @Override
    public void write(TestResultContainer container) {
        if (!container.getChildren().isEmpty() && omitted.containsAll(container.getChildren())) {
            container.getChildren().forEach(omitted::remove);
            return;
        }
        // allure-jupiter writes a container for every node; one without fixtures tells the report
        // nothing, and skipping it saves a file per case on large benchmarks.
        if (container.getBefores().isEmpty() && container.getAfters().isEmpty()) {
            return;
        }
        container.getChildren().removeIf(omitted::contains);
        writeJson(container.getUuid() + "-container.json", container);
    }

    /**
     * Writes an attachment straight to its final name: attachment names are fresh UUIDs, and the
     * result that refers to one is written (atomically) only after it, writes keeping their order.
     */
    @Override
    public void write(String source, InputStream attachment) {
        byte[] content;
        // Read now: the caller may close or reuse the stream once this returns.
        try (InputStream in = attachment) {
            content = in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            ReportingFailures.log(directory, e);
            return;
        }
        writes.submit(() -> {
            try {
                Files.write(target(source), masked(source, content));
            } catch (IOException | RuntimeException e) {
                ReportingFailures.log(directory, e);
            }
        });
    }

    /** Writes a file of the results folder (environment, categories, history) in place of any earlier one. */
    public void writeFile(String name, byte[] content) {
        writes.submit(() -> writeAtomically(name, content));
    }

    private void writeJson(String name, Object value) {
        byte[] content;
        // Serialised now: allure-java may reuse or change the object once this returns.
        try {
            content = mapper.writeValueAsBytes(value);
        } catch (IOException | RuntimeException e) {
            ReportingFailures.log(directory, e);
            return;
        }
        writes.submit(() -> writeAtomically(name, content));
    }

    private void writeAtomically(String name, byte[] content) {
        try {
            Path file = target(name);
            Path tmp = Files.createTempFile(file.getParent(), ".assay-", ".tmp");
            Files.write(tmp, masked(name, content));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            ReportingFailures.log(directory, e);
        }
    }

    private Path target(String name) throws IOException {
        Path file = directory.resolve(name).normalize();
        if (!file.startsWith(directory)) {
            throw new IOException("refusing to write [" + name + "] outside the results folder");
        }
        // One directory check per folder, not per file: 100,000 cases write 200,000 files here.
        if (created.add(file.getParent())) {
            Files.createDirectories(file.getParent());
        }
        return file;
    }

    /**
     * The last look before the disk: every text file (results with allure-jupiter's own status
     * details, attachments, charts, exports) with secrets masked; binary attachments as they are.
     * Runs on the writer thread, so the tests do not wait for it.
     */
    private static byte[] masked(String name, byte[] content) {
        if (!TEXT_FILE.matcher(name).find()) {
            return content;
        }
        String text = new String(content, StandardCharsets.UTF_8);
        String masked = SecretMasker.global().apply(text);
        return masked.equals(text) ? content : masked.getBytes(StandardCharsets.UTF_8);
    }
}
