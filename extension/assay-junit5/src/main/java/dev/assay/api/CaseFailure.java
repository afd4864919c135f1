package dev.assay.api;

/**
 * {@code CaseFailure} is implemented by exceptions that know how their case should be recorded: a
 * provider call that timed out, answered garbage, or failed after several attempts. Assay records
 * the case with {@link #caseStatus()} and {@link #attempts()} instead of a plain {@code error}.
 */
public interface CaseFailure {

    /** The case record's status: {@code error}, {@code timeout} or {@code unparseable}. */
    String caseStatus();

    /** How many calls were made before giving up. */
    int attempts();
}
