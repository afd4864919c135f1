package dev.assay.allure;

import dev.assay.report.Display;
import dev.assay.report.Fmt;
import dev.assay.resources.ResourceUsage;
import java.util.Map;

/**
 * {@code RuntimeFacts} shows a model's runtime facts and resource use ({@code summary.json}'s {@code runtime}: the
 * execution provider, device, replay origin…) as a small two-column table rather than a raw map. A
 * fact that is a long text, such as the error a failed CUDA load gives as the fallback reason, shows
 * as its first line, shortened: the whole text stays in {@code summary.json}.
 */
final class RuntimeFacts {

    /** The longest a fact's value is shown in the report. */
    static final int MAX_VALUE = 120;

    private RuntimeFacts() {
    }

    /** The facts as an HTML table, or an empty string when there are none. */
    static String table(Map<String, ?> runtime) {
        if (runtime == null || runtime.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<table style=\"border-collapse:collapse\"><tr><th align=\"left\">runtime</th>"
                + "<th align=\"left\"></th></tr>");
        runtime.forEach((key, value) -> html.append("<tr><td>").append(Html.escape(key.replace('_', ' ')))
                .append("</td><td>").append(Html.escape(oneLine(value))).append("</td></tr>"));
        return html.append("</table>").toString();
    }

    /** A model's resource use as a small table, or an empty string when it was not sampled. */
    static String resources(ResourceUsage r) {
        if (r == null) {
            return "";
        }
        StringBuilder html = new StringBuilder("<table style=\"border-collapse:collapse\"><tr><th align=\"left\">"
                + "resources (whole process)</th><th align=\"left\"></th></tr>");
        row(html, "CPU", r.cpuPercentMean() == null ? "n/a" : Fmt.num(r.cpuPercentMean()) + "% of a core (peak "
                + Fmt.num(r.cpuPercentMax()) + "%, " + r.cores() + " cores)");
        row(html, "heap peak", Fmt.num(r.heapUsedPeakMb()) + " MiB");
        if (r.rssPeakMb() != null) {
            row(html, "RSS peak", Fmt.num(r.rssPeakMb()) + " MiB");
        }
        row(html, "GC, threads", r.gcTimeMs() + " ms, " + r.threadsPeak() + " threads peak");
        if (r.gpu() != null) {
            row(html, "GPU", r.gpu().absent() != null ? "none: " + r.gpu().absent()
                    : r.gpu().utilizationPercentMean() == null ? r.gpu().devices() + " (no sample in this window)"
                    : r.gpu().devices() + ": " + Fmt.num(r.gpu().utilizationPercentMean()) + "% busy (peak "
                    + Fmt.num(r.gpu().utilizationPercentMax()) + "%), memory peak "
                    + Fmt.num(r.gpu().memoryUsedPeakMib()) + " MiB");
        }
        row(html, "sampled", r.samples() + " times every " + r.intervalMs() + " ms over " + Fmt.num(r.windowS()) + " s");
        return html.append("</table>").toString();
    }

    private static void row(StringBuilder html, String name, String value) {
        html.append("<tr><td>").append(Html.escape(name)).append("</td><td>").append(Html.escape(oneLine(value)))
                .append("</td></tr>");
    }

    /** A fact's value on one line of at most {@link #MAX_VALUE} characters. */
    static String oneLine(Object value) {
        String text = String.valueOf(value).strip();
        int newline = text.indexOf('\n');
        String first = newline < 0 ? text : text.substring(0, newline).strip() + " \u2026";
        return Display.shorten(first, MAX_VALUE);
    }
}
