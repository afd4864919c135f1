package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * {@code Display} makes a value from a dataset or a model (a label, a case id, a reply) safe to show
 * where people read it: test names, the console, tables, charts. The journal and the case
 * attachments keep the full text; displays get a short, printable version.
 *
 * <ul>
 *   <li>Control characters become their visible Unicode pictures ({@code ESC} shows as {@code ␛}),
 *       so a label cannot clear a terminal or make an SVG or HTML file invalid XML; unpaired
 *       surrogates become {@code �}.</li>
 *   <li>Text longer than the limit is cut, with an ellipsis, after at most that many characters.</li>
 * </ul>
 * Both are one pass over at most {@code limit} characters of the input, so a 1 MB label costs as
 * little as a short one.
 */
@API(status = INTERNAL, since = "0.1")
public final class Display {

    /** Labels on chart axes and in legends. */
    public static final int CHART_LABEL = 40;
    /** Case ids, tags and labels in test names and table cells. */
    public static final int NAME = 60;
    /** One line of console output. */
    public static final int LINE = 400;

    private static final char ELLIPSIS = '\u2026';

    private Display() {
    }

    /** {@code text} printable and at most {@code limit} characters long (the last one an ellipsis when cut). */
    public static String shorten(String text, int limit) {
        if (text == null) {
            return null;
        }
        int end = Math.min(text.length(), limit);
        boolean cut = text.length() > limit;
        if (cut) {
            end = limit - 1;
            // Never cut between the two halves of a surrogate pair.
            if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
        }
        StringBuilder out = null;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            char shown = printable(text, i, c);
            if (shown != c && out == null) {
                out = new StringBuilder(end + 1).append(text, 0, i);
            }
            if (out != null) {
                out.append(shown);
            }
        }
        if (out == null) {
            return cut ? text.substring(0, end) + ELLIPSIS : text;
        }
        return cut ? out.append(ELLIPSIS).toString() : out.toString();
    }

    /** {@code text} printable, at whatever length (console lines are cut by {@link #shorten}). */
    public static String printable(String text) {
        return text == null ? null : shorten(text, Integer.MAX_VALUE);
    }

    /**
     * Multi-line text (a judge's reasoning, a note) as a report entry or attachment shows it: line
     * breaks and tabs kept, every other control character shown as its picture.
     */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == '\t' || c == '\n' || c == '\r' ? c : printable(text, i, c));
        }
        return out.toString();
    }

    /** A label or value as a chart, a table or a test name shows it: {@link #shorten} at {@link #NAME}. */
    public static String name(Object value) {
        return shorten(String.valueOf(value), NAME);
    }

    private static char printable(String text, int i, char c) {
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        if (c == 0x7f) {
            return '\u2421';
        }
        if (c >= 0x80 && c < 0xa0) {
            return '\ufffd';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? c : '\ufffd';
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1)) ? c : '\ufffd';
        }
        if (c == '\ufffe' || c == '\uffff') {
            return '\ufffd';
        }
        return c;
    }
}
