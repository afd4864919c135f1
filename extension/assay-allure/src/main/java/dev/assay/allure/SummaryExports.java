package dev.assay.allure;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.assay.report.Json;
import dev.assay.report.Summary;
import dev.assay.report.export.RunExports;
import java.io.UncheckedIOException;

/**
 * {@code SummaryExports} turns the run's summary into the CSV (one row per benchmark, model and
 * metric) and JSON ({@code summary.json}'s contract) attached to the leaderboard.
 */
final class SummaryExports {

    private SummaryExports() {
    }

    static String csv(Summary summary) {
        return RunExports.summaryCsv(summary);
    }

    static String json(Summary summary) {
        try {
            return Json.PRETTY.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
