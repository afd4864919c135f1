package dev.assay.junit;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Whether the run executes tests in parallel. Only then may a summary or comparison node start
 * before the cases it reports on have ended, and only then does it wait for them: in a sequential
 * run a node selected on its own (an IDE re-run of one summary) must not wait for cases that will
 * never run.
 */
final class ParallelRuns {

    static final String PARALLEL_KEY = "junit.jupiter.execution.parallel.enabled";

    private ParallelRuns() {
    }

    static boolean enabled(ExtensionContext context) {
        return context.getConfigurationParameter(PARALLEL_KEY).map(Boolean::parseBoolean).orElse(false);
    }
}
