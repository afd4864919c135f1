package dev.assay.allure;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.assay.report.CaseEvidence;
import dev.assay.report.CaseRecord;
import dev.assay.report.Display;
import dev.assay.report.Fmt;
import dev.assay.report.Json;
import dev.assay.secrets.SecretMasker;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.StatusDetails;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code CaseReport} adds one case's evidence to the Allure result allure-jupiter is writing for
 * its node: parameters (case, round, expected, predicted, latency, status), labels (benchmark,
 * model, tags) and the inputs, output, prompt and reply as attachments with their MIME types.
 */
final class CaseReport {

    private final SecretMasker scrubber;

    CaseReport(SecretMasker scrubber) {
        this.scrubber = scrubber;
    }

    void write(AllureLifecycle lifecycle, CaseEvidence e) {
        CaseRecord r = e.record();
        lifecycle.updateTestCase(result -> {
            result.setName(e.displayName());
            ResultLabels.place(result, r.benchmark(), r.model());
            (r.tags() == null ? Map.<String, String>of() : r.tags()).forEach((k, v) -> {
                ResultLabels.label(result, "story", v);
                ResultLabels.label(result, "tag", k + "=" + v);
            });
            ResultLabels.parameter(result, "case", r.caseId());
            ResultLabels.parameter(result, "round", r.round());
            ResultLabels.parameter(result, "expected", scrubber.apply(brief(r.expected())));
            ResultLabels.parameter(result, "predicted", scrubber.apply(brief(r.predicted())));
            ResultLabels.parameter(result, "latency_ms", r.latencyMs() == null ? null : Fmt.num(r.latencyMs()));
            ResultLabels.parameter(result, "status", r.status());
            ResultLabels.parameter(result, "attempts", r.attempts());
            ResultLabels.parameter(result, "ttft_ms", r.ttftMs() == null ? null : Fmt.num(r.ttftMs()));
            if (r.tokensIn() != null) {
                ResultLabels.parameter(result, "tokens", r.tokensIn() + " in / " + r.tokensOut() + " out");
            }
            if (e.location() != null) {
                result.setDescription("Case `" + r.caseId() + "` from `" + e.location() + "`.");
            }
            // A case that is not ok but did not throw (unparseable output) passes as a test; the
            // message says why it does not count, and categories.json sorts it by that message.
            if (!r.ok() && !e.nodeFailed() && r.error() != null) {
                result.setStatusDetails(new StatusDetails().setMessage(r.status() + ": " + scrubber.apply(r.error())));
            }
        });
        attach(lifecycle, "inputs", "application/json", ".json", json(e.inputs()));
        attach(lifecycle, "output", "application/json", ".json", json(output(r)));
        if (e.prompt() != null) {
            attach(lifecycle, "prompt", "text/plain", ".txt", e.prompt());
        }
        if (e.reply() != null) {
            boolean isJson = looksLikeJson(e.reply());
            attach(lifecycle, "reply", isJson ? "application/json" : "text/plain", isJson ? ".json" : ".txt", e.reply());
        }
        if (e.attachments() != null) {
            // What the method attached (a judge's reasoning), beside the case it explains.
            e.attachments().forEach((name, text) -> attach(lifecycle, Display.name(name), "text/plain", ".txt", text));
        }
    }

    /**
     * A batch node's evidence: the batch's name and labels, how many of its cases are ok, and one
     * row per case (inputs, expected, predicted, status, latency, error) in a {@code cases} attachment.
     */
    void writeBatch(AllureLifecycle lifecycle, List<CaseEvidence> batch) {
        CaseEvidence first = batch.get(0);
        CaseRecord r0 = first.record();
        long ok = batch.stream().filter(e -> e.record().ok()).count();
        lifecycle.updateTestCase(result -> {
            result.setName(first.displayName());
            ResultLabels.place(result, r0.benchmark(), r0.model());
            ResultLabels.parameter(result, "cases", batch.size());
            ResultLabels.parameter(result, "round", r0.round());
            ResultLabels.parameter(result, "ok", ok + " of " + batch.size());
            ResultLabels.parameter(result, "latency_ms per case", r0.latencyMs() == null ? null : Fmt.num(r0.latencyMs()));
            if (ok < batch.size() && !first.nodeFailed()) {
                result.setStatusDetails(new StatusDetails().setMessage((batch.size() - ok) + " of " + batch.size()
                        + " cases are not ok; see the cases attachment"));
            }
        });
        List<Map<String, Object>> rows = new ArrayList<>(batch.size());
        for (CaseEvidence e : batch) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("case", e.record().caseId());
            row.put("inputs", e.inputs());
            row.putAll(output(e.record()));
            row.put("latency_ms", e.record().latencyMs());
            rows.add(row);
        }
        attach(lifecycle, "cases", "application/json", ".json", json(rows));
    }

    private void attach(AllureLifecycle lifecycle, String name, String type, String extension, String content) {
        lifecycle.addAttachment(name, type, extension, scrubber.apply(content).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> output(CaseRecord r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", r.status());
        out.put("expected", r.expected());
        out.put("predicted", r.predicted());
        if (r.probabilities() != null) {
            out.put("probabilities", r.probabilities());
        }
        if (r.scores() != null && !r.scores().isEmpty()) {
            out.put("scores", r.scores());
        }
        if (r.error() != null) {
            out.put("error", r.error());
        }
        return out;
    }

    /** A value short enough for a parameter row; the attachment keeps the whole of it. */
    private static String brief(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double || value instanceof Float) {
            return Fmt.num(((Number) value).doubleValue());
        }
        String s = value instanceof String str ? str : json(value);
        return s.length() <= 200 ? s : s.substring(0, 197) + "...";
    }

    private static String json(Object value) {
        try {
            return Json.PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    private static boolean looksLikeJson(String text) {
        String t = text.strip();
        if (!(t.startsWith("{") && t.endsWith("}") || t.startsWith("[") && t.endsWith("]"))) {
            return false;
        }
        try {
            Json.MAPPER.readTree(t);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
