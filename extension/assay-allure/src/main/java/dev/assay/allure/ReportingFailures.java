package dev.assay.allure;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ReportingFailures} logs the first failure to write Allure results, once and clearly, and
 * swallows the rest: a full disk or a read-only folder must not turn passing benchmarks red, nor
 * print the same stack trace for each of 100,000 cases.
 */
final class ReportingFailures {

    private static final AtomicBoolean LOGGED = new AtomicBoolean();

    private ReportingFailures() {
    }

    /** Logs {@code failure} if it is the first of the run. */
    static void log(Object where, Throwable failure) {
        if (LOGGED.compareAndSet(false, true)) {
            System.err.println("[assay] WARNING: could not write Allure results to [" + where + "]: " + failure
                    + "; the tests' outcomes are unaffected, but the Allure report of this run will be incomplete "
                    + "(further reporting failures are not logged)");
        }
    }

    /** Forgets the earlier failure (tests). */
    static void reset() {
        LOGGED.set(false);
    }
}
