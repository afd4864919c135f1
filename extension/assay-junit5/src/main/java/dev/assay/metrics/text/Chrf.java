package dev.assay.metrics.text;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code Chrf} is used to compute chrF as sacreBLEU 2.x does: character n-grams of orders 1–6 with
 * whitespace removed, β = 2, statistics summed over the corpus (for several references, each
 * sentence's best-scoring reference), averaged precision and recall over the orders that occur,
 * scores on the 0–100 scale. {@link #corpus(List, List)} has sacreBLEU's defaults.
 */
@API(status = INTERNAL, since = "0.1")
public final class Chrf {

    private final int charOrder;
    private final double beta;
    private final boolean epsSmoothing;
    private final boolean removeWhitespace;

    /** A chrF with the given settings (sacreBLEU's {@code char_order}, {@code beta}, {@code eps_smoothing}, whitespace removal). */
    public Chrf(int charOrder, double beta, boolean epsSmoothing, boolean removeWhitespace) {
        this.charOrder = charOrder;
        this.beta = beta;
        this.epsSmoothing = epsSmoothing;
        this.removeWhitespace = removeWhitespace;
    }

    /** Corpus chrF with sacreBLEU's defaults; {@code references} holds reference streams parallel to the hypotheses. */
    public static double corpus(List<String> hypotheses, List<List<String>> references) {
        return new Chrf(6, 2, false, true).score(hypotheses, references);
    }

    /** Sentence chrF with sacreBLEU's defaults. */
    public static double sentence(String hypothesis, List<String> references) {
        return new Chrf(6, 2, false, true).score(List.of(hypothesis), references.stream().map(List::of).toList());
    }

    /** The score (0–100) of a corpus. */
    public double score(List<String> hypotheses, List<List<String>> references) {
        double[] sums = new double[3 * charOrder];
        for (int i = 0; i < hypotheses.size(); i++) {
            double[] best = null;
            double bestF = -1;
            for (List<String> stream : references) {
                double[] stats = stats(hypotheses.get(i), stream.get(i));
                double f = fScore(stats);
                if (f > bestF) {
                    bestF = f;
                    best = stats;
                }
            }
            for (int k = 0; k < sums.length; k++) {
                sums[k] += best[k];
            }
        }
        return fScore(sums);
    }

    /** One pair's statistics (hypothesis, reference and matching n-gram counts per order); corpus chrF is {@link #fScore} of their sum. */
    double[] stats(String hyp, String ref) {
        String h = removeWhitespace ? hyp.replaceAll("\\s+", "") : hyp;
        String r = removeWhitespace ? ref.replaceAll("\\s+", "") : ref;
        double[] out = new double[3 * charOrder];
        for (int n = 1; n <= charOrder; n++) {
            Map<String, Integer> hc = grams(h, n);
            Map<String, Integer> rc = grams(r, n);
            int match = 0;
            for (Map.Entry<String, Integer> e : hc.entrySet()) {
                match += Math.min(e.getValue(), rc.getOrDefault(e.getKey(), 0));
            }
            out[3 * (n - 1)] = Math.max(0, h.codePointCount(0, h.length()) - n + 1);
            out[3 * (n - 1) + 1] = Math.max(0, r.codePointCount(0, r.length()) - n + 1);
            out[3 * (n - 1) + 2] = match;
        }
        return out;
    }

    private static Map<String, Integer> grams(String s, int n) {
        int[] cps = s.codePoints().toArray();
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + n <= cps.length; i++) {
            m.merge(new String(cps, i, n), 1, Integer::sum);
        }
        return m;
    }

    /** sacreBLEU's {@code _compute_f_score}. */
    double fScore(double[] stats) {
        double eps = 1e-16;
        double factor = beta * beta;
        double score = 0;
        double avgPrec = 0;
        double avgRec = 0;
        int effective = 0;
        for (int i = 0; i < charOrder; i++) {
            double nHyp = stats[3 * i];
            double nRef = stats[3 * i + 1];
            double nMatch = stats[3 * i + 2];
            double prec = nHyp > 0 ? nMatch / nHyp : eps;
            double rec = nRef > 0 ? nMatch / nRef : eps;
            double denom = factor * prec + rec;
            score += denom > 0 ? (1 + factor) * prec * rec / denom : eps;
            if (nHyp > 0 && nRef > 0) {
                avgPrec += prec;
                avgRec += rec;
                effective++;
            }
        }
        if (epsSmoothing) {
            return 100 * score / charOrder;
        }
        if (effective == 0) {
            return 0;
        }
        avgPrec /= effective;
        avgRec /= effective;
        if (avgPrec + avgRec == 0) {
            return 0;
        }
        return 100 * (1 + factor) * avgPrec * avgRec / (factor * avgPrec + avgRec);
    }
}
