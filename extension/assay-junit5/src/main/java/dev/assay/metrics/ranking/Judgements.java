package dev.assay.metrics.ranking;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.metrics.Labels;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code Judgements} is used to hold one query's relevance judgements: each judged id with its
 * grade. An id is <em>relevant</em> when its grade is above 0 (trec_eval's default
 * {@code relevance_level} of 1 on integer grades); grades are the gains of {@code ndcg@K}.
 *
 * <p>The expected value of a ranking case is either a list of relevant ids (each of grade 1) or an
 * object of id to grade; ids absent from it have grade 0.
 *
 * <pre>{@code
 * Judgements binary = Judgements.parse(List.of("d3", "d7"));
 * Judgements graded = Judgements.parse(Map.of("d3", 2, "d7", 1, "d9", 0));
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class Judgements {

    private final Map<String, Double> grades;
    private final int relevant;

    private Judgements(Map<String, Double> grades) {
        this.grades = Collections.unmodifiableMap(grades);
        this.relevant = (int) grades.values().stream().filter(g -> g > 0).count();
    }

    /**
     * Reads an expected value: a list of ids, or an object of id to a grade (a finite number, 0 or more).
     *
     * @throws IllegalArgumentException saying what is wrong and what is accepted: a value of another
     *         shape, an id listed twice, a grade that is not a number of 0 or more, or no id with a grade
     *         above 0 (a query without a relevant id has no recall, MRR, nDCG or AP)
     */
    public static Judgements parse(Object expected) {
        Map<String, Double> grades = new LinkedHashMap<>();
        if (expected instanceof Collection<?> ids) {
            for (Object id : ids) {
                if (!isScalar(id)) {
                    throw new IllegalArgumentException("relevant ids must be strings or numbers, but the list holds ["
                            + id + "]");
                }
                if (grades.put(Labels.of(id), 1.0) != null) {
                    throw new IllegalArgumentException("relevant id [" + Labels.of(id) + "] is listed twice; list each id once");
                }
            }
        } else if (expected instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String id = Labels.of(e.getKey());
                if (!(e.getValue() instanceof Number n) || !Double.isFinite(n.doubleValue()) || n.doubleValue() < 0) {
                    throw new IllegalArgumentException("the grade of id [" + id + "] is [" + e.getValue()
                            + "]; grades are numbers of 0 or more (0: judged not relevant)");
                }
                grades.put(id, n.doubleValue());
            }
        } else {
            throw new IllegalArgumentException("relevant ids are a list such as [\"d3\", \"d7\"] or graded as "
                    + "{\"d3\": 2, \"d7\": 1}, not [" + expected + "]");
        }
        Judgements judgements = new Judgements(grades);
        if (judgements.relevant == 0) {
            throw new IllegalArgumentException("no id is relevant (an empty list, or every grade 0); every query "
                    + "needs at least one relevant id, since recall, MRR, nDCG and AP are undefined without one");
        }
        return judgements;
    }

    /** The grade of {@code id}: its judged grade, 0 when it was not judged. */
    public double grade(String id) {
        Double g = grades.get(id);
        return g == null ? 0 : g;
    }

    /** Whether {@code id} is relevant: its grade is above 0. */
    public boolean isRelevant(String id) {
        return grade(id) > 0;
    }

    /** How many ids are relevant: trec_eval's {@code num_rel}, the denominator of recall and AP. */
    public int relevantCount() {
        return relevant;
    }

    /** Every judged id with its grade, in the order given; grade-0 ids included. */
    public Map<String, Double> grades() {
        return grades;
    }

    /** The ids of a predicted ranking, in rank order. */
    public static List<String> idsOf(List<?> ranking) {
        return ranking.stream().map(Labels::of).toList();
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number;
    }

    @Override
    public String toString() {
        return grades.toString();
    }
}
