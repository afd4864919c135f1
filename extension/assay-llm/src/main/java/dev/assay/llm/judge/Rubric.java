package dev.assay.llm.judge;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * {@code Rubric} is used to tell a {@link Judge} what a good answer is: a name (the per-case score is
 * recorded under it) and the criteria for each point of the 0–5 scale, in the judge's own words.
 *
 * <pre>{@code
 * Rubric helpful = Rubric.of("helpfulness", """
 *         5: solves the customer's problem completely and politely
 *         3: partly helpful, or helpful but curt
 *         0: wrong, harmful or off-topic""");
 * }</pre>
 *
 * @param name the score's name ({@code helpfulness}); letters, digits, {@code _} and {@code -}
 * @param criteria what earns which score
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Rubric(String name, String criteria) {

    /** Checks the name, which becomes a metric name ({@code score[helpfulness]}). */
    public Rubric {
        Objects.requireNonNull(criteria, "criteria");
        if (name == null || !name.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("rubric name [" + name + "] must be letters, digits, _ or -, because "
                    + "it names the per-case score and its metric score[" + name + "]");
        }
    }

    /** A rubric. */
    public static Rubric of(String name, String criteria) {
        return new Rubric(name, criteria);
    }
}
