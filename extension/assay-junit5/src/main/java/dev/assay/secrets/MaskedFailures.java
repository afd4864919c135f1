package dev.assay.secrets;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * {@code MaskedFailures} masks secrets in the exceptions a benchmark's tests throw, before JUnit
 * hands them to anyone: Surefire's reports, the IDE, allure-jupiter's status details. An exception
 * whose messages (its causes' included) hold no secret passes unchanged; otherwise a copy with
 * masked messages and the same stack trace is thrown instead: an abort stays an abort and an
 * assertion failure an assertion failure, anything else becomes a {@link MaskedException}.
 * {@code @Benchmark} and {@code @Provider} register it.
 */
@API(status = INTERNAL, since = "0.1")
public final class MaskedFailures implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw masked(throwable);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw masked(throwable);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw masked(throwable);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw masked(throwable);
    }

    @Override
    public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw masked(throwable);
    }

    /** {@code throwable} itself when no message in it holds a secret, else a masked copy. */
    public static Throwable masked(Throwable throwable) {
        return holdsSecret(throwable, Collections.newSetFromMap(new IdentityHashMap<>()))
                ? copy(throwable, Collections.newSetFromMap(new IdentityHashMap<>())) : throwable;
    }

    private static boolean holdsSecret(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        String message = t.getMessage();
        if (message != null && !message.equals(SecretMasker.mask(message))) {
            return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (holdsSecret(s, seen)) {
                return true;
            }
        }
        return holdsSecret(t.getCause(), seen);
    }

    private static Throwable copy(Throwable t, Set<Throwable> seen) {
        if (!seen.add(t)) {
            return new MaskedException(t, "(cycle)");
        }
        String message = SecretMasker.mask(t.getMessage());
        Throwable cause = t.getCause() == null ? null : copy(t.getCause(), seen);
        Throwable copy;
        // Constructors that take the cause: some of them set "no cause" for good, so initCause would throw.
        if (t instanceof TestAbortedException) {
            copy = new TestAbortedException(message, cause);
        } else if (t instanceof AssertionFailedError) {
            copy = new AssertionFailedError(message, cause);
        } else if (t instanceof AssertionError) {
            copy = new AssertionError(message, cause);
        } else {
            copy = new MaskedException(t, message);
            if (cause != null) {
                copy.initCause(cause);
            }
        }
        copy.setStackTrace(t.getStackTrace());
        for (Throwable s : t.getSuppressed()) {
            copy.addSuppressed(copy(s, seen));
        }
        return copy;
    }
}
