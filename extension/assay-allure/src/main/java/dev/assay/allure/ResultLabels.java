package dev.assay.allure;

import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;
import java.util.List;
import java.util.Set;

/**
 * {@code ResultLabels} places a result in Allure's trees: the Suites tab groups by
 * benchmark, then model (so a model's summary sits with its cases), the Behaviors tab by epic
 * (benchmark) and feature (model). allure-jupiter's own suite labels and title path (the package
 * and class name) are replaced, since a benchmark is known by its {@code @Benchmark} name: Allure 2
 * builds its Suites tree from the labels, Allure 3's default tree from the title path.
 *
 * <p>Both reports list a tree's nodes by name by default (Allure 2 always; Allure 3 with
 * {@code defaultSortBy: "name,asc"}, as Assay's configuration sets), and groups before leaves. So
 * that a benchmark opens on its verdicts, Assay's own nodes have names that sort first: the groups
 * {@link #COMPARE} and {@link #BASELINE}, and a model's {@link #SUMMARY} (an opening parenthesis
 * sorts before any letter or digit). Allure 3's other order, by start time, is served by the start
 * {@link #coverStart} gives them.
 */
final class ResultLabels {

    /** The Suites group of a benchmark's {@code @Compare} results. */
    static final String COMPARE = "(compare)";
    /** The Suites group of a benchmark's {@code @Baseline} results. */
    static final String BASELINE = "(baseline)";
    /** What follows {@code model › } in the name of a model's summary. */
    static final String SUMMARY = "(summary)";

    private static final Set<String> REPLACED = Set.of("parentSuite", "suite", "subSuite", "epic", "feature");

    private ResultLabels() {
    }

    /** Puts {@code result} under {@code benchmark › group} in both trees. */
    static void place(TestResult result, String benchmark, String group) {
        result.getLabels().removeIf(l -> REPLACED.contains(l.getName()));
        label(result, "suite", benchmark);
        label(result, "subSuite", group);
        label(result, "epic", benchmark);
        label(result, "feature", group);
        result.setTitlePath(List.of(benchmark, group));
    }

    /**
     * Starts {@code result} at {@code firstCase}, the start of the first case it reports on, when
     * that is earlier: a summary, comparison or baseline covers its cases' span, and so sorts before
     * them in a tree ordered by start. Never a time outside that span.
     */
    static void coverStart(TestResult result, Long firstCase) {
        if (firstCase != null && (result.getStart() == null || firstCase < result.getStart())) {
            result.setStart(firstCase);
        }
    }

    static void label(TestResult result, String name, String value) {
        result.getLabels().add(new Label().setName(name).setValue(value));
    }

    static void parameter(TestResult result, String name, Object value) {
        if (value != null) {
            result.getParameters().add(new Parameter().setName(name).setValue(String.valueOf(value)));
        }
    }
}
