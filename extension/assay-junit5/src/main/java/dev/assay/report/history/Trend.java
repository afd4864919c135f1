package dev.assay.report.history;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.report.Display;
import dev.assay.report.Fmt;
import dev.assay.report.Summary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code Trend} renders a benchmark's history as a plain-text table per model: one row per run,
 * oldest first, one column per metric (the thresholded ones unless metrics are named), each value
 * with its interval. {@code assay history} prints it.
 */
@API(status = INTERNAL, since = "0.1")
public final class Trend {

    private Trend() {
    }

    /** The table of the last {@code last} runs of every model of {@code entries}; {@code metrics} empty means thresholded ones. */
    public static String table(List<HistoryEntry> entries, List<String> metrics, int last) {
        StringBuilder out = new StringBuilder();
        Set<String> models = new LinkedHashSet<>();
        entries.forEach(e -> models.add(e.model()));
        for (String model : models) {
            List<HistoryEntry> mine = entries.stream().filter(e -> e.model().equals(model)).toList();
            mine = mine.subList(Math.max(0, mine.size() - last), mine.size());
            Set<String> columns = new LinkedHashSet<>(metrics);
            if (columns.isEmpty()) {
                mine.forEach(e -> e.thresholds().forEach(t -> columns.add(t.metric())));
            }
            if (columns.isEmpty() && !mine.isEmpty()) {
                columns.addAll(mine.get(mine.size() - 1).metrics().keySet().stream().limit(4).toList());
            }
            List<List<String>> rows = new ArrayList<>();
            List<String> header = new ArrayList<>(List.of("run", "time", "n", "ok"));
            columns.forEach(c -> header.add(Display.name(c)));
            rows.add(header);
            for (HistoryEntry e : mine) {
                List<String> row = new ArrayList<>(List.of(e.run(), e.time().length() > 16 ? e.time().substring(0, 16) : e.time(),
                        String.valueOf(e.n()), String.valueOf(e.nOk())));
                for (String c : columns) {
                    Summary.Estimate v = e.metrics().get(c);
                    row.add(v == null ? "-" : v.display());
                }
                rows.add(row);
            }
            out.append("[assay] ").append(Display.name(entries.get(0).benchmark())).append(" \u203a ")
                    .append(Display.name(model)).append(": ").append(mine.size()).append(mine.size() == 1 ? " run" : " runs")
                    .append(System.lineSeparator());
            out.append(render(rows));
        }
        return out.toString();
    }

    /** The change of {@code metric} from {@code previous} to {@code now}: {@code +0.05 (0.85 → 0.9)}, or null. */
    public static String change(Summary.Estimate previous, Summary.Estimate now) {
        if (previous == null || now == null || previous.value() == null || now.value() == null) {
            return null;
        }
        double delta = now.value() - previous.value();
        return (delta > 0 ? "+" : "") + Fmt.num(delta) + " (" + Fmt.num(previous.value()) + " \u2192 " + Fmt.num(now.value()) + ")";
    }

    private static String render(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        rows.forEach(r -> {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < r.size(); i++) {
                line.append(String.format("%-" + widths[i] + "s", r.get(i))).append("  ");
            }
            out.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return out.toString();
    }
}
