package dev.assay.allure;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.assay.report.Json;
import dev.assay.report.Summary;
import java.io.UncheckedIOException;

/**
 * {@code SummaryExports} turns the run's summary into the CSV (one row per benchmark, model and
 * metric) and JSON ({@code summary.json}'s contract) attached to the leaderboard.
 */
final class SummaryExports {

    private SummaryExports() {
    }

    static String csv(Summary summary) {
        StringBuilder b = new StringBuilder("benchmark,model,metric,value,ci_low,ci_high,ci_method\n");
        for (Summary.BenchmarkResult bench : summary.benchmarks) {
            for (Summary.ModelResult m : bench.models) {
                m.metrics.forEach((metric, e) -> b.append(cell(bench.benchmark)).append(',').append(cell(m.model))
                        .append(',').append(cell(metric)).append(',').append(num(e.value())).append(',')
                        .append(num(e.ciLow())).append(',').append(num(e.ciHigh())).append(',')
                        .append(e.method() == null ? "" : cell(e.method())).append('\n'));
            }
        }
        return b.toString();
    }

    static String json(Summary summary) {
        try {
            return Json.PRETTY.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String num(Double v) {
        return v == null ? "" : Double.toString(v);
    }

    /** RFC 4180: quote cells holding a comma, quote or line break. */
    private static String cell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
