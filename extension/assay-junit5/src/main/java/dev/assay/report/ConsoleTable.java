package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code ConsoleTable} renders a benchmark's results as a plain-text table for the console: one
 * row per model, the headline metrics of its task with their intervals, and the threshold verdicts.
 */
@API(status = INTERNAL, since = "0.1")
public final class ConsoleTable {

    private static final List<String> HEADLINE = List.of("accuracy", "f1_macro", "roc_auc", "subset_accuracy",
            "f1_micro", "hamming_loss", "mae", "rmse", "r2", "pearson", "spearman", "category_accuracy",
            "category_f1_macro", "bleu", "chrf", "wer", "exact_match", "latency_p50_ms", "latency_p95_ms");

    /** The widest console line a table makes, where it can. */
    static final int WIDTH = 120;

    /** Per-label comparison rows shown per pair; a model that answers with ever new labels would print thousands. */
    static final int MAX_LABEL_ROWS = 30;

    private ConsoleTable() {
    }

    /** The table, ending with a newline. */
    public static String render(Summary.BenchmarkResult result, double confidence) {
        Set<String> columns = new LinkedHashSet<>();
        for (String metric : HEADLINE) {
            if (result.models.stream().anyMatch(m -> m.metrics.containsKey(metric))) {
                columns.add(metric);
            }
        }
        result.models.forEach(m -> m.thresholds.forEach(t -> columns.add(t.metric())));
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("model", "n", "ok"));
        // Names come from users and models: printable and short, so a label cannot break the table or the terminal.
        columns.forEach(c -> header.add(Display.name(c)));
        header.add("thresholds");
        rows.add(header);
        for (Summary.ModelResult m : result.models) {
            List<String> row = new ArrayList<>(List.of(Display.name(m.model), String.valueOf(m.n), String.valueOf(m.nOk)));
            for (String c : columns) {
                Summary.Estimate e = m.metrics.get(c);
                row.add(e == null ? "-" : e.display());
            }
            long failed = m.thresholds.stream().filter(t -> !t.passed()).count();
            row.add(m.thresholds.isEmpty() ? "-" : failed == 0 ? "all " + m.thresholds.size() + " pass"
                    : failed + " of " + m.thresholds.size() + " FAIL");
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n[assay] %s — metrics with %d%% intervals over ok cases%n",
                Display.name(result.benchmark), Math.round(confidence * 100)));
        // CI log viewers wrap lines past ~120 characters: a wide table becomes several blocks, each
        // led by the model column, rather than one unreadable block.
        for (List<Integer> block : blocks(widths)) {
            for (int r = 0; r < rows.size(); r++) {
                StringBuilder line = new StringBuilder("  ");
                for (int i : block) {
                    String cell = rows.get(r).get(i);
                    line.append(pad(cell, widths[i], i == 0)).append("  ");
                }
                out.append(line.toString().stripTrailing()).append(System.lineSeparator());
                if (r == 0) {
                    out.append("  ").append("-".repeat(line.toString().stripTrailing().length() - 2))
                            .append(System.lineSeparator());
                }
            }
        }
        appendProvenance(out, result.models);
        appendRounds(out, result.models, columns);
        appendComparisons(out, result);
        appendBaselines(out, result.baselines);
        for (Summary.ModelResult m : result.models) {
            for (String failure : ThresholdVerdicts.failures(m, confidence)) {
                out.append(Display.shorten("  FAIL " + m.model + ": " + failure, Display.LINE)).append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    /** One line per model whose results were replayed from a recording, saying what had made it. */
    private static void appendProvenance(StringBuilder out, List<Summary.ModelResult> models) {
        for (Summary.ModelResult m : models) {
            Object origin = m.runtime == null ? null : m.runtime.get("recording_origin");
            if (origin != null) {
                String from = switch (String.valueOf(origin)) {
                    case "stand-in" -> "Assay's stand-in server, not a real model";
                    case "live" -> "the live provider";
                    default -> "partly Assay's stand-in server (not a real model), partly the live provider";
                };
                out.append("  replayed ").append(Display.name(m.model)).append(": recorded from ").append(from)
                        .append(System.lineSeparator());
            }
        }
    }

    /** One line per model run in several rounds: agreement, pass@k / pass^k, headline metrics as mean ± SE. */
    private static void appendRounds(StringBuilder out, List<Summary.ModelResult> models, Set<String> columns) {
        for (Summary.ModelResult m : models) {
            RoundsResult r = m.rounds;
            if (r == null) {
                continue;
            }
            StringBuilder line = new StringBuilder("  rounds ").append(m.model).append(" (k=").append(r.k).append(", ")
                    .append(r.cases).append(" cases): ");
            List<String> parts = new ArrayList<>();
            if (r.agreement != null) {
                parts.add("same prediction in every round " + Math.round(r.agreement * r.casesCompared) + "/"
                        + r.casesCompared + (r.fleissKappa != null ? ", Fleiss' kappa " + Fmt.num(r.fleissKappa) : ""));
            }
            if (r.passAtK != null) {
                parts.add("pass@" + r.k + " " + Fmt.num(r.passAtK) + ", pass^" + r.k + " " + Fmt.num(r.passHatK) + " ("
                        + r.passCriterion + ")");
            }
            for (String metric : columns) {
                RoundsResult.Spread s = r.metrics.get(metric);
                if (s != null && s.mean() != null) {
                    parts.add(metric + " " + s.display());
                }
            }
            out.append(line).append(String.join("; ", parts)).append(System.lineSeparator());
        }
    }

    /** Per model: how many metrics hold against the stored baseline, and each regression in full. */
    private static void appendBaselines(StringBuilder out, List<BaselineResult> rows) {
        java.util.Map<String, List<BaselineResult>> byModel = new java.util.LinkedHashMap<>();
        rows.forEach(r -> byModel.computeIfAbsent(r.model(), k -> new ArrayList<>()).add(r));
        byModel.forEach((model, list) -> {
            long regressed = list.stream().filter(BaselineResult::regressed).count();
            out.append("  baseline ").append(list.get(0).file()).append(" › ").append(model).append(": ")
                    .append(list.size() - regressed).append(" of ").append(list.size()).append(" metrics hold")
                    .append(System.lineSeparator());
            list.stream().filter(BaselineResult::regressed).forEach(r ->
                    out.append("    REGRESSED ").append(r.note()).append(System.lineSeparator()));
        });
    }

    /** Headline metrics, success rate, and every metric with a significant difference; per-label rows are counted. */
    private static void appendComparisons(StringBuilder out, Summary.BenchmarkResult result) {
        int hidden = 0;
        int perLabelShown = 0;
        String pair = null;
        for (ComparisonResult c : result.comparisons) {
            String thisPair = Display.name(c.baseline()) + " vs " + Display.name(c.candidate());
            if (!thisPair.equals(pair)) {
                pair = thisPair;
                perLabelShown = 0;
                out.append("  compare ").append(thisPair).append(':').append(System.lineSeparator());
            }
            // Every headline metric; others only when the run found something (better, worse, or shown equivalent).
            boolean shown = HEADLINE.contains(c.metric()) || c.metric().equals("success_rate")
                    || !c.verdict().equals("cannot_tell");
            if (c.metric().contains("[") && perLabelShown >= MAX_LABEL_ROWS) {
                hidden++;
            } else if (c.metric().contains("[") || shown) {
                perLabelShown += c.metric().contains("[") ? 1 : 0;
                out.append(comparisonLine(c)).append(System.lineSeparator());
            } else {
                hidden++;
            }
        }
        if (hidden > 0) {
            out.append("    (").append(hidden).append(" more rows, per-label or that cannot tell: see summary.json)")
                    .append(System.lineSeparator());
        }
    }

    /**
     * One comparison row in the one format every row uses, well within {@link #WIDTH} characters:
     * {@code mae  worse  5.51 -> 11.86 (Δ +6.345 [2.112, 15.19], holm p=0.9054, n=6)}. The full sentence
     * (the tolerance of an equivalence, why the run cannot tell) is the row's {@code note} in summary.json.
     */
    static String comparisonLine(ComparisonResult c) {
        String verdict = c.verdict().replace('_', ' ');
        return String.format(Locale.ROOT, "    %-18s %-13s %s -> %s (\u0394 %s%s, %s p=%s, n=%d)",
                Display.shorten(c.metric(), Display.CHART_LABEL), verdict, Fmt.num(c.baselineValue()),
                Fmt.num(c.candidateValue()), c.delta() == null ? "n/a" : (c.delta() > 0 ? "+" : "") + Fmt.num(c.delta()),
                c.ciLow() == null ? "" : " " + Fmt.range(c.ciLow(), c.ciHigh()),
                c.correction() == null || c.correction().equals("none") ? "" : c.correction(),
                pValue(c.pAdjusted()), c.nPairs()).replace(",  p=", ", p=");
    }

    /**
     * The columns of each block: column 0 (the model) leads every block; the others fill blocks in
     * order up to {@link #WIDTH} characters (a single column wider than that gets a block of its own).
     */
    static List<List<Integer>> blocks(int[] widths) {
        List<List<Integer>> blocks = new ArrayList<>();
        List<Integer> block = new ArrayList<>(List.of(0));
        int width = 2 + widths[0];
        for (int i = 1; i < widths.length; i++) {
            if (width + 2 + widths[i] > WIDTH && block.size() > 1) {
                blocks.add(block);
                block = new ArrayList<>(List.of(0));
                width = 2 + widths[0];
            }
            block.add(i);
            width += 2 + widths[i];
        }
        blocks.add(block);
        return blocks;
    }

    /** A p-value as the notes print it: below 0.001 as {@code <0.001}. */
    private static String pValue(Double p) {
        return p == null ? "n/a" : p < 0.001 ? "<0.001" : Fmt.num(p);
    }

    private static String pad(String s, int width, boolean left) {
        return left ? String.format("%-" + width + "s", s) : String.format("%" + width + "s", s);
    }
}
