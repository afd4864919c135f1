package dev.assay.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * {@code CaseFailure} is implemented by exceptions that know how their case should be recorded: a
 * provider call that timed out, answered garbage, or failed after several attempts. Assay records
 * the case with {@link #caseStatus()} and {@link #attempts()} instead of a plain {@code error}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface CaseFailure {

    /** The case record's status: {@code error}, {@code timeout} or {@code unparseable}. */
    String caseStatus();

    /** How many calls were made before giving up. */
    int attempts();
}
