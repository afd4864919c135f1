package dev.assay.junit;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.api.Benchmark;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;

/**
 * {@code BenchmarkDiscoveryCheck} stops a test run before it starts when a selected {@code @Benchmark}
 * class has a {@code @BenchmarkTest} method that JUnit would silently leave out (one that returns a
 * value, or is static or private). A class whose methods are all left out is not even discovered as
 * a test class, so no extension of the class could ever report it: the build would pass with zero
 * tests. The launcher (Surefire, Gradle, IDEs) loads this listener as a service.
 */
@API(status = INTERNAL, since = "0.1")
public final class BenchmarkDiscoveryCheck implements LauncherDiscoveryListener {

    @Override
    public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
        List<String> problems = new ArrayList<>();
        List<Class<?>> seen = new ArrayList<>();
        request.getSelectorsByType(ClassSelector.class).forEach(s -> check(classOf(s), seen, problems));
        request.getSelectorsByType(MethodSelector.class).forEach(s -> check(classOf(s), seen, problems));
        if (!problems.isEmpty()) {
            throw new JUnitException(String.join("\n", problems));
        }
    }

    private static void check(Class<?> type, List<Class<?>> seen, List<String> problems) {
        if (type == null || seen.contains(type) || !type.isAnnotationPresent(Benchmark.class)) {
            return;
        }
        seen.add(type);
        problems.addAll(RunnableMethodCheck.problems(type));
    }

    private static Class<?> classOf(ClassSelector selector) {
        try {
            return selector.getJavaClass();
        } catch (RuntimeException | LinkageError e) {
            return null;   // not loadable: the engine reports that itself
        }
    }

    private static Class<?> classOf(MethodSelector selector) {
        try {
            return selector.getJavaClass();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }
}
