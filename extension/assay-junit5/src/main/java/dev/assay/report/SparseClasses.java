package dev.assay.report;

import dev.assay.api.Task;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * {@code SparseClasses} warns when a classification dataset has classes with so few cases that
 * the bootstrap intervals of their per-class metrics cannot be trusted. With three cases of a class
 * a model that gets the class right 60% of the time gets all three wrong 6% of the time; every
 * bootstrap resample then shows F1 0 for the class, and the interval sits at 0, as narrow as it
 * can be. In {@code IntervalCoverageBenchmark} (30 cases, a class at 10%) BCa intervals of
 * {@code f1_macro} covered the true value only 86% of the time for that reason; the macro averages
 * now get profile-likelihood intervals below 1,000 independent cases, which allow for hits the
 * sample never showed, but the per-class metrics (and the macro averages from 1,000 cases, or with
 * repeated rounds) are still resampled. From {@link #MIN_CASES} cases of each class that chance is
 * about 1%.
 */
final class SparseClasses {

    /** Fewer distinct cases of a class than this and its intervals are flagged. */
    static final int MIN_CASES = 5;
    /** How many classes a warning names. */
    private static final int EXAMPLES = 4;

    private SparseClasses() {
    }

    /** The warning for a classification model's ok records, or null when every class has enough cases. */
    static String warning(Task task, List<CaseRecord> ok) {
        if (task != Task.CLASSIFICATION || ok.isEmpty()) {
            return null;
        }
        Map<String, Set<String>> casesPerClass = new TreeMap<>();
        // Distinct case ids: with several rounds a case is recorded once per round.
        ok.forEach(r -> casesPerClass.computeIfAbsent(String.valueOf(r.expected()), k -> new HashSet<>()).add(r.caseId()));
        Map<String, Integer> sparse = new TreeMap<>();
        casesPerClass.forEach((label, cases) -> {
            if (cases.size() < MIN_CASES) {
                sparse.put(label, cases.size());
            }
        });
        if (sparse.isEmpty()) {
            return null;
        }
        StringJoiner named = new StringJoiner(", ");
        sparse.entrySet().stream().limit(EXAMPLES)
                .forEach(e -> named.add(e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " case)" : " cases)")));
        String more = sparse.size() > EXAMPLES ? " and " + (sparse.size() - EXAMPLES) + " more" : "";
        return "few cases of some classes: " + named + more + "; below " + MIN_CASES
                + " cases of a class the intervals of its per-class metrics, of macro averages where they are resampled "
                + "(repeated rounds, over 20 labels, 1,000 cases or more) and of comparisons of per-class or macro "
                + "metrics are too narrow (docs/statistics.md, small-sample intervals); add cases of these classes "
                + "before trusting per-class or macro verdicts";
    }
}
