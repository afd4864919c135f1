package dev.assay.allure;

import dev.assay.report.Display;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code ChartLabels} turns labels from data and models into what a chart may show: printable, at
 * most {@link Display#CHART_LABEL} characters (JFreeChart's line breaking is quadratic in a label's
 * length, so a 1 MB label would stall a run), and still distinct from each other after the cut.
 */
final class ChartLabels {

    /** Labels a per-label chart shows at most; the rest are named in a subtitle and kept in the metrics table. */
    static final int MAX_LABELS = 30;

    private ChartLabels() {
    }

    /** Each label's short form, in the given order; two labels that cut to the same text get " (2)", " (3)"… */
    static Map<String, String> shortForms(Collection<String> labels) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (String label : labels) {
            String shown = Display.shorten(label, Display.CHART_LABEL);
            String unique = shown;
            for (int n = 2; !used.add(unique); n++) {
                unique = shown + " (" + n + ")";
            }
            out.put(label, unique);
        }
        return out;
    }

    /** A chart title: printable and short. */
    static String title(String title) {
        return Display.shorten(title, 2 * Display.CHART_LABEL);
    }
}
