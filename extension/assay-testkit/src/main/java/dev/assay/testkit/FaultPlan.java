package dev.assay.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * {@code FaultPlan} is used to script the {@link StandInServer}'s failures deterministically, even
 * when requests arrive concurrently: the fault depends on the prompt and on how many times that
 * same prompt has been asked, not on arrival order.
 *
 * <pre>{@code
 * // case-7 fails twice with 503, then succeeds
 * FaultPlan plan = (prompt, attempt) -> prompt.contains("case-7") && attempt <= 2 ? Fault.UNAVAILABLE : null;
 * }</pre>
 */
@FunctionalInterface
@API(status = EXPERIMENTAL, since = "0.1")
public interface FaultPlan {

    /** No faults. */
    FaultPlan NONE = (prompt, attempt) -> null;

    /**
     * The fault for a request, or {@code null} to answer normally.
     *
     * @param prompt  the last user message
     * @param attempt how many times this prompt has been received, this time included (1 for the first)
     */
    Fault faultFor(String prompt, int attempt);
}
