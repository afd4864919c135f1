package dev.assay.report.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.assay.report.CaseRecord;
import dev.assay.report.Json;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code CaseRows} turns journal records into one row each for {@code cases.csv}: scalars as they
 * are, lists and maps (multilabel predictions, tags, scores, probabilities) as JSON text.
 */
final class CaseRows {

    static final List<String> HEADER = List.of("run", "benchmark", "model", "case", "round", "task", "status", "expected",
            "predicted", "correct", "latency_ms", "ttft_ms", "tokens_in", "tokens_out", "attempts", "error", "tags",
            "scores", "probabilities");

    private CaseRows() {
    }

    static List<List<Object>> of(List<CaseRecord> records) {
        List<List<Object>> rows = new ArrayList<>(records.size());
        for (CaseRecord r : records) {
            List<Object> row = new ArrayList<>(HEADER.size());
            row.add(r.run());
            row.add(r.benchmark());
            row.add(r.model());
            row.add(r.caseId());
            row.add(r.round());
            row.add(r.task());
            row.add(r.status());
            row.add(cell(r.expected()));
            row.add(cell(r.predicted()));
            row.add(correct(r));
            row.add(r.latencyMs());
            row.add(r.ttftMs());
            row.add(r.tokensIn());
            row.add(r.tokensOut());
            row.add(r.attempts());
            row.add(r.error());
            row.add(cell(r.tags()));
            row.add(cell(r.scores()));
            row.add(cell(r.probabilities()));
            rows.add(row);
        }
        return rows;
    }

    /** For label tasks: whether the prediction is the expected label (set); empty for other tasks and for failures. */
    private static Object correct(CaseRecord r) {
        boolean labels = "classification".equals(r.task()) || "multilabel".equals(r.task());
        if (!labels || !r.ok() || r.predicted() == null || r.expected() == null) {
            return null;
        }
        return String.valueOf(r.predicted()).equals(String.valueOf(r.expected()))
                || r.predicted().equals(r.expected());
    }

    private static Object cell(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> m && m.isEmpty()) {
            return null;
        }
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
