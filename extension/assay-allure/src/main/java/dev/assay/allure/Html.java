package dev.assay.allure;

import dev.assay.report.Display;
import dev.assay.report.Fmt;
import java.util.List;

/**
 * {@code Html} builds the small, self-contained HTML tables Assay attaches to Allure results
 * (Allure shows {@code text/html} attachments inline, in a frame, so styles travel with the table).
 */
final class Html {

    private static final String STYLE = "<style>body{font-family:sans-serif;font-size:13px;margin:8px}"
            + "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px 8px;text-align:right}"
            + "th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}"
            + ".pass{color:#2a7a3a}.fail{color:#b3261e;font-weight:bold}.muted{color:#777}</style>";

    private final StringBuilder out = new StringBuilder();

    Html(String title) {
        String shown = Display.shorten(title, Display.LINE);
        out.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(escape(shown))
                .append("</title>").append(STYLE).append("</head><body><h3>").append(escape(shown)).append("</h3>");
    }

    Html paragraph(String text) {
        // A note quotes labels, and a label may be a megabyte long.
        out.append("<p class=\"muted\">").append(escape(Display.shorten(text, 2 * Display.LINE))).append("</p>");
        return this;
    }

    Html header(List<String> cells) {
        out.append("<table><thead><tr>");
        cells.forEach(c -> out.append("<th>").append(escape(c)).append("</th>"));
        out.append("</tr></thead><tbody>");
        return this;
    }

    /** A row; a cell may carry a CSS class as {@code "pass:text"} or {@code "fail:text"}. */
    Html row(List<String> cells) {
        out.append("<tr>");
        for (String c : cells) {
            int colon = c.indexOf(':');
            String cls = colon > 0 ? c.substring(0, colon) : "";
            if (cls.equals("pass") || cls.equals("fail") || cls.equals("muted")) {
                out.append("<td class=\"").append(cls).append("\">").append(escape(cell(c.substring(colon + 1))));
            } else {
                out.append("<td>").append(escape(cell(c)));
            }
            out.append("</td>");
        }
        out.append("</tr>");
        return this;
    }

    /** A table cell's text: a label or a reply of any length shows as at most one line's worth. */
    private static String cell(String text) {
        return Display.shorten(text, Display.LINE);
    }

    Html endTable() {
        out.append("</tbody></table>");
        return this;
    }

    String build() {
        return out + "</body></html>";
    }

    /**
     * A description's inline tables with room around each cell. Allure 2 shows a description as it
     * is, unstyled, so a value and its interval would touch ({@code 5.514[2.634, 8.449]}); Allure 3
     * styles its own. The padding goes into each cell's style, the one place both keep.
     */
    static String spaced(String html) {
        return html.replaceAll("<(td|th) style=\"", "<$1 style=\"padding:1px 8px;")
                .replaceAll("<(td|th)(?![^>]*style=)", "<$1 style=\"padding:1px 8px\"");
    }

    static String num(Double v) {
        return v == null ? "n/a" : Fmt.num(v);
    }

    static String interval(Double lo, Double hi) {
        return lo == null || hi == null ? "" : "[" + Fmt.num(lo) + ", " + Fmt.num(hi) + "]";
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        // Control characters and broken surrogates shown as symbols: the page stays valid, whatever the data.
        for (char ch : Display.printable(s).toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
