package dev.assay.report;

import dev.assay.api.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code LabelHygiene} warns when a classifier's labels and the dataset's barely meet: a model that
 * answers {@code "0"} where the data says {@code class_0} scores accuracy 0 and looks merely bad. When
 * fewer than half of the ok predictions are labels the dataset uses, the model's summary carries a
 * warning that names a few labels of each side, so the fix (map one onto the other) is obvious.
 */
final class LabelHygiene {

    /** How many labels of each side a warning names. */
    private static final int EXAMPLES = 4;

    private LabelHygiene() {
    }

    /** The warning for a classification model's ok records, or null when its labels meet the dataset's. */
    static String warning(Task task, List<CaseRecord> ok) {
        if (task != Task.CLASSIFICATION || ok.isEmpty()) {
            return null;
        }
        Set<String> expected = new TreeSet<>();
        ok.forEach(r -> expected.add(String.valueOf(r.expected())));
        int meeting = 0;
        Set<String> strangers = new TreeSet<>();
        for (CaseRecord r : ok) {
            String predicted = String.valueOf(r.predicted());
            if (expected.contains(predicted)) {
                meeting++;
            } else {
                strangers.add(predicted);
            }
        }
        if (2 * meeting >= ok.size()) {
            return null;
        }
        return "predicted labels rarely match the dataset's: " + meeting + " of " + ok.size() + " ok predictions are "
                + "a label the dataset uses; the model predicts " + examples(strangers) + " where the dataset has "
                + examples(expected) + "; map the model's labels onto the dataset's before out.predict(...)";
    }

    private static String examples(Set<String> labels) {
        List<String> shown = new ArrayList<>();
        for (String label : labels) {
            if (shown.size() == EXAMPLES) {
                break;
            }
            shown.add(label);
        }
        return shown + (labels.size() > EXAMPLES ? " (and " + (labels.size() - EXAMPLES) + " more)" : "");
    }
}
