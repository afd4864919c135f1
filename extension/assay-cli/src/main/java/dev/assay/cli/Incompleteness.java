package dev.assay.cli;

import dev.assay.report.Summary;
import java.util.ArrayList;
import java.util.List;

/** {@code Incompleteness} says which models of a summary miss cases, and how many. */
final class Incompleteness {

    private Incompleteness() {
    }

    static String describe(Summary summary) {
        List<String> missing = new ArrayList<>();
        for (Summary.BenchmarkResult b : summary.benchmarks) {
            for (Summary.ModelResult m : b.models) {
                if (m.nExpected != null && m.n != m.nExpected) {
                    missing.add(b.benchmark + " \u203a " + m.model + " has " + m.n + " of " + m.nExpected + " records");
                }
            }
        }
        return missing.isEmpty() ? "the journals miss cases" : String.join("; ", missing);
    }
}
