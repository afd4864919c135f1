package dev.assay.allure;

import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;
import java.util.Set;

/**
 * {@code ResultLabels} places a result in Allure's trees: the Suites tab groups by
 * benchmark, then model (so a model's summary sits with its cases), the Behaviors tab by epic
 * (benchmark) and feature (model). allure-jupiter's own suite labels (the class name) are replaced,
 * since a benchmark is known by its {@code @Benchmark} name.
 */
final class ResultLabels {

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
