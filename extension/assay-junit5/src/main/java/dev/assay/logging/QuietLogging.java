package dev.assay.logging;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * {@code QuietLogging} keeps SLF4J from printing its "No SLF4J providers were found" block in
 * projects that have no logging backend. Libraries Assay uses (json-schema-validator, allure-java)
 * log through SLF4J; with no provider on the classpath SLF4J already falls back to discarding every
 * message, and only warns that it does. That warning is not the user's doing, so Assay silences
 * SLF4J's own reporting in exactly that case: a project with a backend (logback, slf4j-simple…) or
 * with {@code slf4j.internal.verbosity} set is left as it is.
 */
@API(status = INTERNAL, since = "0.1")
public final class QuietLogging {

    private static final String VERBOSITY_KEY = "slf4j.internal.verbosity";

    private QuietLogging() {
    }

    /** Applies the rule above; call it before anything touches SLF4J. Idempotent. */
    public static void apply() {
        ClassLoader loader = QuietLogging.class.getClassLoader();
        boolean hasProvider = loader.getResource("META-INF/services/org.slf4j.spi.SLF4JServiceProvider") != null
                || loader.getResource("org/slf4j/impl/StaticLoggerBinder.class") != null;
        if (!hasProvider && System.getProperty(VERBOSITY_KEY) == null && System.getProperty("slf4j.provider") == null) {
            System.setProperty(VERBOSITY_KEY, "ERROR");
        }
    }
}
