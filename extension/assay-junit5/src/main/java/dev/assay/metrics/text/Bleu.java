package dev.assay.metrics.text;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code Bleu} is used to compute BLEU as sacreBLEU 2.x does: {@code 13a} tokenisation, n-grams up to 4
 * clipped by the largest count in any reference, the closest reference length for the brevity
 * penalty, statistics summed over the corpus before the score is taken, scores on sacreBLEU's 0–100
 * scale. Defaults match {@code sacrebleu.corpus_bleu} (smoothing {@code exp}, no effective order) and
 * {@link #sentence(String, List)} matches {@code sacrebleu.sentence_bleu} (effective order).
 *
 * <pre>{@code
 * double bleu = Bleu.corpus(hypotheses, List.of(references));   // one reference stream
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class Bleu {

    /** Smoothing of zero n-gram matches, as sacreBLEU names it. */
    public enum Smoothing { NONE, FLOOR, ADD_K, EXP }

    private static final int MAX_ORDER = 4;

    private final Smoothing smoothing;
    private final double smoothValue;
    private final boolean effectiveOrder;
    private final boolean tokenize13a;
    private final boolean lowercase;

    /** A BLEU with the given settings ({@code smoothValue}: floor value, or k for add-k). */
    public Bleu(Smoothing smoothing, double smoothValue, boolean effectiveOrder, boolean tokenize13a, boolean lowercase) {
        this.smoothing = smoothing;
        this.smoothValue = smoothValue;
        this.effectiveOrder = effectiveOrder;
        this.tokenize13a = tokenize13a;
        this.lowercase = lowercase;
    }

    /** BLEU with the settings of {@link #corpus}: exp smoothing, no effective order, 13a, case-sensitive. */
    static Bleu sacreBleuDefaults() {
        return new Bleu(Smoothing.EXP, 0, false, true, false);
    }

    /** Corpus BLEU with sacreBLEU's defaults. {@code references} holds reference streams, each parallel to the hypotheses. */
    public static double corpus(List<String> hypotheses, List<List<String>> references) {
        return new Bleu(Smoothing.EXP, 0, false, true, false).score(hypotheses, references);
    }

    /** Sentence BLEU with sacreBLEU's defaults for it (exp smoothing, effective order). */
    public static double sentence(String hypothesis, List<String> references) {
        List<List<String>> streams = references.stream().map(List::of).toList();
        return new Bleu(Smoothing.EXP, 0, true, true, false).score(List.of(hypothesis), streams);
    }

    /** The score (0–100) of a corpus. */
    public double score(List<String> hypotheses, List<List<String>> references) {
        for (List<String> stream : references) {
            if (stream.size() != hypotheses.size()) {
                throw new IllegalArgumentException("A reference stream has " + stream.size() + " sentences but there are "
                        + hypotheses.size() + " hypotheses; each stream must be parallel to the hypotheses");
            }
        }
        double[] sums = new double[2 * MAX_ORDER + 2];
        for (int i = 0; i < hypotheses.size(); i++) {
            List<String> refs = new java.util.ArrayList<>(references.size());
            for (List<String> stream : references) {
                refs.add(stream.get(i));
            }
            double[] stats = stats(hypotheses.get(i), refs);
            for (int k = 0; k < sums.length; k++) {
                sums[k] += stats[k];
            }
        }
        return fromStats(sums);
    }

    /**
     * One sentence's sufficient statistics, as sacreBLEU collects them: matches of orders 1–4, totals of
     * orders 1–4, hypothesis length, closest reference length. Corpus BLEU is {@link #fromStats} of their
     * sum, which is how a bootstrap resample of sentences gets its corpus score without re-tokenising.
     */
    double[] stats(String hypothesis, List<String> refs) {
        double[] out = new double[2 * MAX_ORDER + 2];
        List<String> hyp = tokens(hypothesis);
        Map<List<String>, Integer> maxRefCounts = new HashMap<>();
        int closestLen = -1;
        int closestDiff = Integer.MAX_VALUE;
        for (String r : refs) {
            List<String> ref = tokens(r);
            int diff = Math.abs(hyp.size() - ref.size());
            if (diff < closestDiff || (diff == closestDiff && ref.size() < closestLen)) {
                closestDiff = diff;
                closestLen = ref.size();
            }
            ngrams(ref).forEach((g, c) -> maxRefCounts.merge(g, c, Math::max));
        }
        for (Map.Entry<List<String>, Integer> e : ngrams(hyp).entrySet()) {
            int n = e.getKey().size();
            out[n - 1] += Math.min(e.getValue(), maxRefCounts.getOrDefault(e.getKey(), 0));
        }
        for (int n = 1; n <= MAX_ORDER; n++) {
            out[MAX_ORDER + n - 1] += Math.max(0, hyp.size() - n + 1);
        }
        out[2 * MAX_ORDER] = hyp.size();
        out[2 * MAX_ORDER + 1] = closestLen;
        return out;
    }

    /** The score (0–100) from summed {@link #stats sentence statistics}. */
    double fromStats(double[] sums) {
        return compute(java.util.Arrays.copyOfRange(sums, 0, MAX_ORDER),
                java.util.Arrays.copyOfRange(sums, MAX_ORDER, 2 * MAX_ORDER), (long) sums[2 * MAX_ORDER],
                (long) sums[2 * MAX_ORDER + 1]);
    }

    /** sacreBLEU's {@code compute_bleu} from the statistics. */
    double compute(double[] correctIn, double[] totalIn, long sysLen, long refLen) {
        double[] correct = correctIn.clone();
        double[] total = totalIn.clone();
        double bp = sysLen < refLen ? (sysLen > 0 ? Math.exp(1 - (double) refLen / sysLen) : 0.0) : 1.0;
        boolean anyMatch = false;
        for (double c : correct) {
            anyMatch |= c > 0;
        }
        if (!anyMatch) {
            return 0.0;
        }
        double[] precisions = new double[MAX_ORDER];
        double smoothMteval = 1.0;
        int effOrder = MAX_ORDER;
        for (int n = 1; n <= MAX_ORDER; n++) {
            if (smoothing == Smoothing.ADD_K && n > 1) {
                correct[n - 1] += smoothValue;
                total[n - 1] += smoothValue;
            }
            if (total[n - 1] == 0) {
                break;
            }
            if (effectiveOrder) {
                effOrder = n;
            }
            if (correct[n - 1] == 0) {
                if (smoothing == Smoothing.EXP) {
                    smoothMteval *= 2;
                    precisions[n - 1] = 100.0 / (smoothMteval * total[n - 1]);
                } else if (smoothing == Smoothing.FLOOR) {
                    precisions[n - 1] = 100.0 * smoothValue / total[n - 1];
                }
            } else {
                precisions[n - 1] = 100.0 * correct[n - 1] / total[n - 1];
            }
        }
        double sum = 0;
        for (int n = 0; n < effOrder; n++) {
            sum += precisions[n] == 0 ? -9999999999.0 : Math.log(precisions[n]);
        }
        return bp * Math.exp(sum / effOrder);
    }

    private List<String> tokens(String s) {
        String t = lowercase ? s.toLowerCase(Locale.ROOT) : s;
        if (tokenize13a) {
            return Tokenizer13a.tokenize(t);
        }
        String stripped = t.strip();
        return stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
    }

    private static Map<List<String>, Integer> ngrams(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int n = 1; n <= MAX_ORDER; n++) {
            for (int i = 0; i + n <= tokens.size(); i++) {
                counts.merge(tokens.subList(i, i + n), 1, Integer::sum);
            }
        }
        return counts;
    }
}
