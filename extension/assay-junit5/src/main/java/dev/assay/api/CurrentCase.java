package dev.assay.api;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code CurrentCase} names the case a benchmark method is running on the calling thread, for code
 * that must be deterministic per case whatever the thread schedule: replaying recorded LLM replies
 * in parallel hands each (case, round) the reply recorded for it, not the next one in call order.
 *
 * <p>Set around the benchmark method's call only (not during warmups); empty elsewhere.
 */
@API(status = INTERNAL, since = "0.1")
public final class CurrentCase {

    private static final ThreadLocal<Slot> CURRENT = new ThreadLocal<>();

    private CurrentCase() {
    }

    /**
     * One call's place in a run: the same for the same case and round in every run.
     *
     * @param benchmark the benchmark
     * @param model the model
     * @param caseId the case (the first case of a batch)
     * @param round the round, from 0
     */
    public record Slot(String benchmark, String model, String caseId, int round) {
    }

    /** The case the calling thread runs, if it runs one. */
    public static Optional<Slot> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code call} as the given case's (Assay calls this around each benchmark method call). */
    public static <E extends Throwable> void runAs(Slot slot, ThrowingRunnable<E> call) throws E {
        Slot previous = CURRENT.get();
        CURRENT.set(slot);
        try {
            call.run();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /**
     * A call that may throw.
     *
     * @param <E> what it throws
     */
    @FunctionalInterface
    public interface ThrowingRunnable<E extends Throwable> {
        /** Runs it. */
        void run() throws E;
    }
}
