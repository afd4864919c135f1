package dev.assay.allure;

import dev.assay.report.Display;
import java.util.Map;

/**
 * {@code RuntimeFacts} shows a model's runtime facts ({@code summary.json}'s {@code runtime}: the
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

    /** A fact's value on one line of at most {@link #MAX_VALUE} characters. */
    static String oneLine(Object value) {
        String text = String.valueOf(value).strip();
        int newline = text.indexOf('\n');
        String first = newline < 0 ? text : text.substring(0, newline).strip() + " \u2026";
        return Display.shorten(first, MAX_VALUE);
    }
}
