package dev.assay.allure;

import dev.assay.report.Fmt;
import dev.assay.scenario.ScenarioResult;

/**
 * {@code ScenarioTable} shows a model's load scenario ({@code summary.json}'s {@code scenario}) in its
 * summary: a headline with the verdict, in red when the server scenario is {@code INVALID}, and a
 * two-column table of LoadGen's figures — rates, the latency at the bound's percentile against the
 * bound, the share over it — and, for a max-rate search, each probe.
 */
final class ScenarioTable {

    private ScenarioTable() {
    }

    /** The scenario as HTML, or an empty string when the model ran without one. */
    static String of(ScenarioResult s) {
        if (s == null) {
            return "";
        }
        StringBuilder html = new StringBuilder("<p><b>Load scenario</b> ").append(Html.escape(s.label()));
        if (s.verdict() != null) {
            html.append(": <b style=\"color:").append(s.invalid() ? "#b3261e" : "#2a7a3a").append("\">")
                    .append(Html.escape(s.verdict())).append("</b>");
        }
        if (s.reason() != null) {
            html.append(" \u2014 ").append(Html.escape(s.reason()));
        }
        html.append(" (MLPerf LoadGen rules)</p><table style=\"border-collapse:collapse\">");
        row(html, "queries, cases", s.queries() + ", " + s.cases() + " in " + Fmt.num(s.durationS()) + " s");
        if (s.targetQps() != null) {
            row(html, "rate", "target " + Fmt.num(s.targetQps()) + "/s, scheduled " + Fmt.num(s.scheduledQps())
                    + "/s, issued " + Fmt.num(s.achievedQps()) + "/s");
        }
        if (s.throughputPerS() != null) {
            row(html, "throughput", Fmt.num(s.throughputPerS()) + " cases/s");
        }
        row(html, "latency", "p50 " + Fmt.num(s.latencyP50Ms()) + " ms, p90 " + Fmt.num(s.latencyP90Ms()) + " ms, p99 "
                + Fmt.num(s.latencyP99Ms()) + " ms");
        if (s.latencyBoundMs() != null) {
            row(html, "bound", "p" + Fmt.num(s.percentile()) + " " + Fmt.num(s.latencyAtPercentileMs()) + " ms against "
                    + Fmt.num(s.latencyBoundMs()) + " ms; " + Fmt.num(100 * s.overBound()) + "% of queries over it");
        }
        if (s.concurrency() != null) {
            row(html, "concurrency", s.concurrency() + (s.batch() != null ? " workers, batches of " + s.batch() : " workers"));
        }
        if (s.search() != null) {
            ScenarioResult.Search search = s.search();
            row(html, "max-rate search", "highest VALID rate " + (search.maxValidQps() == null ? "none"
                    : Fmt.num(search.maxValidQps()) + "/s") + " between " + Fmt.num(search.minQps()) + " and "
                    + Fmt.num(search.maxQps()) + "/s, " + search.probes().size() + " probes of " + search.probeQueries()
                    + " queries");
            for (ScenarioResult.Probe p : search.probes()) {
                row(html, "  probe " + Fmt.num(p.targetQps()) + "/s", p.verdict() + ": issued " + Fmt.num(p.achievedQps())
                        + "/s, p" + Fmt.num(s.percentile()) + " " + Fmt.num(p.latencyAtPercentileMs()) + " ms, "
                        + Fmt.num(100 * p.overBound()) + "% over");
            }
        }
        return html.append("</table>").toString();
    }

    private static void row(StringBuilder html, String name, String value) {
        html.append("<tr><td>").append(Html.escape(name)).append("</td><td>").append(Html.escape(value)).append("</td></tr>");
    }
}
