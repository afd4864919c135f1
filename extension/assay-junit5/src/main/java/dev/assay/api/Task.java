package dev.assay.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * {@code Task} is the kind of prediction a benchmark checks; it decides how {@code expected} and
 * {@code predicted} are read and which metrics apply.
 *
 * <p>{@link #AUTO} infers the task from the dataset's expected values: numbers mean
 * {@link #REGRESSION}, lists of labels {@link #MULTILABEL}, JSON objects {@link #EXTRACTION},
 * anything else {@link #CLASSIFICATION}. Name the task when it is generation or ranking.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Task {
    /** Infer the task from the expected values of the case source. */
    AUTO,
    /** One label per case, optionally with label probabilities. */
    CLASSIFICATION,
    /** A set of labels per case. */
    MULTILABEL,
    /** A number per case. */
    REGRESSION,
    /** Free text per case, scored against a reference text. */
    GENERATION,
    /** A JSON value per case, checked for validity, schema and fields. */
    EXTRACTION,
    /** A ranked list of ids per case. */
    RANKING;

    /** The name used in journals and summaries ({@code "regression"}). */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The task a journal or configuration names.
     *
     * @throws IllegalArgumentException naming the known tasks, when {@code name} is none of them
     */
    public static Task fromWireName(String name) {
        for (Task t : values()) {
            if (t != AUTO && t.wireName().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown task [" + name + "]; known tasks are [classification, "
                + "multilabel, regression, generation, extraction, ranking]");
    }
}
