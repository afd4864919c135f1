package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.scenario.ScenarioText;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code ScenarioLines} prints, after a benchmark's console table, one line for each model that ran
 * under a {@code @Scenario} ({@link ScenarioText#line}); nothing when none did.
 */
@API(status = INTERNAL, since = "0.1")
public final class ScenarioLines {

    private ScenarioLines() {
    }

    /** The lines of a benchmark's scenarios, under a heading; empty when no model ran one. */
    public static List<String> of(Summary.BenchmarkResult benchmark) {
        List<String> lines = new ArrayList<>();
        for (Summary.ModelResult m : benchmark.models) {
            if (m.scenario != null) {
                lines.add(ScenarioText.line(Display.shorten(m.model, Display.NAME), m.scenario));
            }
        }
        if (!lines.isEmpty()) {
            lines.add(0, "[assay] " + benchmark.benchmark + " \u2014 load scenarios (MLPerf LoadGen rules)");
        }
        return lines;
    }
}
