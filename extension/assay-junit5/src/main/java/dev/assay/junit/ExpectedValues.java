package dev.assay.junit;

import dev.assay.api.Task;
import dev.assay.data.Dataset;
import dev.assay.data.DatasetCase;
import dev.assay.data.DatasetException;
import dev.assay.metrics.ranking.Judgements;
import dev.assay.report.Labels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ExpectedValues} resolves a model's task and reads each case's expected value the way that
 * task needs it, rejecting values its metrics cannot handle before any case runs.
 */
final class ExpectedValues {

    private ExpectedValues() {
    }

    /**
     * The task {@code AUTO} stands for: lists of labels are multilabel, JSON objects extraction,
     * JSON numbers regression, anything else classification.
     */
    static Task infer(Dataset dataset) {
        boolean allNumbers = true;
        boolean allLists = true;
        boolean allObjects = true;
        for (DatasetCase c : dataset.cases()) {
            Object e = c.expected();
            allNumbers &= e instanceof Number;
            allLists &= e instanceof List;
            allObjects &= e instanceof Map;
        }
        return allLists ? Task.MULTILABEL : allObjects ? Task.EXTRACTION : allNumbers ? Task.REGRESSION
                : Task.CLASSIFICATION;
    }

    /**
     * Every case's expected value as {@code task} reads it.
     *
     * @throws DatasetException naming the case, its line and what the task accepts
     */
    static List<Object> normalise(Dataset dataset, Task task, String labelSeparator, String model) {
        List<Object> out = new ArrayList<>(dataset.size());
        for (DatasetCase c : dataset.cases()) {
            out.add(normalise(c, task, labelSeparator, model));
        }
        return out;
    }

    private static Object normalise(DatasetCase c, Task task, String separator, String model) {
        Object e = c.expected();
        switch (task) {
            case REGRESSION -> {
                if (e instanceof Number n) {
                    return n.doubleValue();
                }
                if (e instanceof String s) {
                    try {
                        return Double.parseDouble(s.trim());
                    } catch (NumberFormatException ignored) {
                        // reported below
                    }
                }
                throw reject(c, task, model, "a number");
            }
            case CLASSIFICATION -> {
                if (Labels.isScalar(e)) {
                    return e;
                }
                throw reject(c, task, model, "one label (a string, number or boolean)");
            }
            case MULTILABEL -> {
                if (Labels.isLabelList(e)) {
                    return ((List<?>) e).stream().map(Labels::of).toList();
                }
                if (e instanceof String s) {
                    return s.isBlank() ? List.of() : Arrays.stream(s.split(java.util.regex.Pattern.quote(separator)))
                            .map(String::trim).filter(x -> !x.isEmpty()).toList();
                }
                throw reject(c, task, model, "a list of labels such as [\"fear\", \"sadness\"]");
            }
            case GENERATION -> {
                if (e instanceof String) {
                    return e;
                }
                throw reject(c, task, model, "a reference text");
            }
            case RANKING -> {
                try {
                    Judgements judgements = Judgements.parse(e);
                    if (e instanceof List<?>) {
                        return List.copyOf(judgements.grades().keySet());
                    }
                    // Grades keep the numbers the dataset wrote (2, not 2.0), under ids read as ids.
                    Map<String, Object> graded = new LinkedHashMap<>();
                    ((Map<?, ?>) e).forEach((id, grade) -> graded.put(Labels.of(id), grade));
                    return graded;
                } catch (IllegalArgumentException problem) {
                    throw new DatasetException("Configuration error: case [" + c.id() + "] at [" + c.location()
                            + "] of ranking model [" + model + "]: " + problem.getMessage(), problem);
                }
            }
            default -> {
                return e;
            }
        }
    }

    private static DatasetException reject(DatasetCase c, Task task, String model, String wanted) {
        return new DatasetException("Configuration error: case [" + c.id() + "] at [" + c.location()
                + "] expects [" + c.expected() + "], which the " + task.wireName() + " metrics of model [" + model
                + "] cannot handle: a " + task.wireName() + " case expects " + wanted
                + "; fix the dataset or set @BenchmarkTest(task = ...)");
    }
}
