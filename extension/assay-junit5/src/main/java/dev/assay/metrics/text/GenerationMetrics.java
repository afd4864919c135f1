package dev.assay.metrics.text;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.metrics.SampleMetric;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code GenerationMetrics} is used to bind a model's generated texts and their references to the
 * generation metrics of DESIGN.md as {@link SampleMetric}s, so one set of functions gives the point
 * value, bootstrap intervals and paired comparisons.
 *
 * <p>Corpus-level metrics stay corpus-level on every resample: {@code bleu} and {@code chrf} sum the
 * sentences' sufficient statistics over the sampled rows before scoring, exactly as
 * {@code sacrebleu.corpus_bleu} / {@code corpus_chrf} would on those sentences; {@code wer} and
 * {@code cer} sum edits over reference lengths (jiwer). {@code exact_match}, {@code token_f1},
 * {@code rouge_l} and {@code jaccard} are means of per-case scores. Statistics are computed once, at
 * bind time, so a resample costs a sum over its rows.
 *
 * <pre>{@code
 * Map<String, SampleMetric> m = GenerationMetrics.bind(replies, references);
 * double bleu = m.get("bleu").compute(rows);
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class GenerationMetrics {

    private GenerationMetrics() {
    }

    /**
     * The generation metrics over parallel lists of predictions and references.
     *
     * @param predictions the generated texts, one per row
     * @param references the reference texts, one per row
     * @return metrics by name; each is NaN on an empty sample
     */
    public static Map<String, SampleMetric> bind(List<String> predictions, List<String> references) {
        if (predictions.size() != references.size()) {
            throw new IllegalArgumentException(predictions.size() + " predictions but " + references.size()
                    + " references; give one reference per prediction");
        }
        int n = predictions.size();
        Bleu bleu = Bleu.sacreBleuDefaults();
        Chrf chrf = new Chrf(6, 2, false, true);
        double[][] bleuStats = new double[n][];
        double[][] chrfStats = new double[n][];
        long[][] wer = new long[n][];
        long[][] cer = new long[n][];
        double[] exact = new double[n];
        double[] tokenF1 = new double[n];
        double[] rougeL = new double[n];
        double[] jaccard = new double[n];
        for (int i = 0; i < n; i++) {
            String p = predictions.get(i);
            String r = references.get(i);
            bleuStats[i] = bleu.stats(p, List.of(r));
            chrfStats[i] = chrf.stats(p, r);
            wer[i] = TextMetrics.werCounts(p, r);
            cer[i] = TextMetrics.cerCounts(p, r);
            exact[i] = TextMetrics.exactMatch(p, r);
            tokenF1[i] = TextMetrics.tokenF1(p, r);
            rougeL[i] = TextMetrics.rougeL(p, r);
            jaccard[i] = TextMetrics.jaccard(p, r);
        }
        Map<String, SampleMetric> m = new LinkedHashMap<>();
        m.put("exact_match", rows -> mean(exact, rows));
        m.put("bleu", rows -> bleu.fromStats(sum(bleuStats, rows)));
        m.put("chrf", rows -> chrf.fScore(sum(chrfStats, rows)));
        m.put("rouge_l", rows -> mean(rougeL, rows));
        m.put("wer", rows -> rate(wer, rows));
        m.put("cer", rows -> rate(cer, rows));
        m.put("token_f1", rows -> mean(tokenF1, rows));
        m.put("jaccard", rows -> mean(jaccard, rows));
        Map<String, SampleMetric> guarded = new LinkedHashMap<>();
        m.forEach((name, metric) -> guarded.put(name, rows -> rows.length == 0 ? Double.NaN : metric.compute(rows)));
        return Collections.unmodifiableMap(guarded);
    }

    private static double[] sum(double[][] stats, int[] rows) {
        double[] out = new double[stats[rows[0]].length];
        for (int row : rows) {
            double[] s = stats[row];
            for (int k = 0; k < out.length; k++) {
                out[k] += s[k];
            }
        }
        return out;
    }

    /** Edits over reference length; an empty reference side counts as jiwer does (1 for any edit). */
    private static double rate(long[][] counts, int[] rows) {
        long edits = 0;
        long length = 0;
        for (int row : rows) {
            edits += counts[row][0];
            length += counts[row][1];
        }
        return length == 0 ? (edits > 0 ? 1 : 0) : (double) edits / length;
    }

    private static double mean(double[] perRow, int[] rows) {
        double sum = 0;
        for (int row : rows) {
            sum += perRow[row];
        }
        return sum / rows.length;
    }
}
