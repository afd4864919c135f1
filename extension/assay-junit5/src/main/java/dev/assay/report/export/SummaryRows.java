package dev.assay.report.export;

import dev.assay.report.Summary;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code SummaryRows} flattens a summary into one row per benchmark, model and metric, with the
 * interval: the table {@code summary.csv} and the spreadsheet share.
 */
final class SummaryRows {

    static final List<String> HEADER = List.of("benchmark", "model", "metric", "value", "ci_low", "ci_high", "ci_method",
            "n", "n_ok");

    private SummaryRows() {
    }

    static List<List<Object>> of(Summary summary) {
        List<List<Object>> rows = new ArrayList<>();
        for (Summary.BenchmarkResult bench : summary.benchmarks) {
            for (Summary.ModelResult m : bench.models) {
                m.metrics.forEach((metric, e) -> {
                    List<Object> row = new ArrayList<>();
                    row.add(bench.benchmark);
                    row.add(m.model);
                    row.add(metric);
                    row.add(e.value());
                    row.add(e.ciLow());
                    row.add(e.ciHigh());
                    row.add(e.method());
                    row.add(m.n);
                    row.add(m.nOk);
                    rows.add(row);
                });
            }
        }
        return rows;
    }
}
