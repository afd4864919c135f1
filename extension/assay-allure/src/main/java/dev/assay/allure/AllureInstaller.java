package dev.assay.allure;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.data.ProjectPaths;
import dev.assay.junit.AssayConfig;
import dev.assay.logging.QuietLogging;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.util.PropertiesUtils;
import java.util.Properties;
import org.apiguardian.api.API;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * {@code AllureInstaller} gives allure-jupiter a lifecycle that writes through
 * {@link AssayResultsWriter}. It is registered as a {@link LauncherSessionListener} service because
 * JUnit creates session listeners before it creates the launcher and its execution listeners, and
 * allure-jupiter's listener takes {@link Allure#getLifecycle()} when it is created: installing the
 * lifecycle here, first, is the one point that precedes it.
 *
 * <p>The folder is Allure's own setting, {@code allure.results.directory} (system property or
 * {@code allure.properties}), default {@code allure-results}; a relative folder is taken under the
 * project root ({@code assay.root} system property, else the topmost folder with a {@code pom.xml}),
 * like Assay's own outputs. The Assay build sets it to the checkout's top-level {@code allure-results/}.
 */
@API(status = INTERNAL, since = "0.1")
public final class AllureInstaller implements LauncherSessionListener {

    private static volatile AssayResultsWriter writer;

    /** Installs the lifecycle (once per JVM); called by the service loader. */
    public AllureInstaller() {
        QuietLogging.apply();
        install();
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // The work is done in the constructor, before the launcher exists; see the class comment.
    }

    /** The session's tests are done: their results, written in the background, reach the disk before it ends. */
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        AssayResultsWriter current = writer;
        if (current != null) {
            current.flush();
        }
    }

    private static synchronized void install() {
        if (writer == null) {
            Properties properties = PropertiesUtils.loadAllureProperties();
            String folder = properties.getProperty("allure.results.directory", "allure-results");
            // A relative folder is under the project root (assay.root, else the top pom folder), not the
            // working directory, which IDEs set to different places.
            use(new AssayResultsWriter(ProjectPaths.detect(System.getProperty(AssayConfig.ROOT_KEY)).resolve(folder)));
        }
    }

    /** Routes Allure's lifecycle through {@code resultsWriter} (also used by tests with a temporary folder). */
    public static synchronized AllureLifecycle use(AssayResultsWriter resultsWriter) {
        writer = resultsWriter;
        AllureLifecycle lifecycle = new AllureLifecycle(resultsWriter);
        Allure.setLifecycle(lifecycle);
        return lifecycle;
    }

    /** Puts back a lifecycle and writer saved before {@link #use} (tests that run a launcher inside a test). */
    static synchronized void restore(AllureLifecycle lifecycle, AssayResultsWriter resultsWriter) {
        if (writer != null) {
            writer.flush();
        }
        writer = resultsWriter;
        Allure.setLifecycle(lifecycle);
    }

    /** The installed writer, or null when Allure runs with a lifecycle Assay did not install. */
    static AssayResultsWriter writer() {
        return writer;
    }
}
