package dev.assay.metrics.text;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * {@code TextMetrics} is used to score generated text against a reference with the generation metrics
 * of DESIGN.md, each defined as the tool people know it from:
 * <ul>
 *   <li>{@code exact_match}, {@code token_f1}: SQuAD's evaluation script (lowercase, punctuation and
 *       articles removed, whitespace collapsed; F1 over the multiset of tokens);</li>
 *   <li>{@code rouge_l}: Google's {@code rouge-score} ROUGE-L F-measure (lowercase alphanumeric tokens, no stemming);</li>
 *   <li>{@code wer}, {@code cer}: word and character error rate as fractions (jiwer; sacreBLEU reports
 *       WER ×100): edits over reference length, summed over the corpus;</li>
 *   <li>{@code jaccard}: |A∩B| / |A∪B| of the lowercase whitespace-token sets;</li>
 *   <li>{@code bleu}, {@code chrf}: see {@link Bleu} and {@link Chrf} (0–100 as sacreBLEU).</li>
 * </ul>
 *
 * <pre>{@code
 * out.score("token_f1", TextMetrics.tokenF1(reply, c.expectedText()));
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class TextMetrics {

    private static final Pattern PUNCT = Pattern.compile("[!\"#$%&'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~]");
    private static final Pattern ARTICLES = Pattern.compile("\\b(a|an|the)\\b");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private TextMetrics() {
    }

    /** SQuAD's answer normalisation. */
    public static String normalise(String s) {
        String t = s.toLowerCase(Locale.ROOT);
        t = PUNCT.matcher(t).replaceAll("");
        t = ARTICLES.matcher(t).replaceAll(" ");
        return String.join(" ", words(t));
    }

    /** 1 when the normalised texts are equal, else 0. */
    public static double exactMatch(String prediction, String reference) {
        return normalise(prediction).equals(normalise(reference)) ? 1 : 0;
    }

    /** SQuAD token F1. */
    public static double tokenF1(String prediction, String reference) {
        List<String> p = words(normalise(prediction));
        List<String> r = words(normalise(reference));
        if (p.isEmpty() || r.isEmpty()) {
            return p.equals(r) ? 1 : 0;
        }
        Map<String, Integer> rc = counts(r);
        int common = 0;
        for (Map.Entry<String, Integer> e : counts(p).entrySet()) {
            common += Math.min(e.getValue(), rc.getOrDefault(e.getKey(), 0));
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / p.size();
        double recall = (double) common / r.size();
        return 2 * precision * recall / (precision + recall);
    }

    /** Jaccard similarity of the lowercase token sets; 1 when both are empty. */
    public static double jaccard(String prediction, String reference) {
        Set<String> a = new HashSet<>(words(prediction.toLowerCase(Locale.ROOT)));
        Set<String> b = new HashSet<>(words(reference.toLowerCase(Locale.ROOT)));
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) inter.size() / union.size();
    }

    /** ROUGE-L F-measure of one pair, as {@code rouge_score.RougeScorer(["rougeL"])}. */
    public static double rougeL(String prediction, String reference) {
        List<String> p = words(NON_ALNUM.matcher(prediction.toLowerCase(Locale.ROOT)).replaceAll(" "));
        List<String> r = words(NON_ALNUM.matcher(reference.toLowerCase(Locale.ROOT)).replaceAll(" "));
        if (p.isEmpty() || r.isEmpty()) {
            return 0;
        }
        int lcs = lcs(p, r);
        double precision = (double) lcs / p.size();
        double recall = (double) lcs / r.size();
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Word error rate of one pair, case-sensitive as jiwer. */
    public static double wer(String prediction, String reference) {
        return wer(List.of(prediction), List.of(reference));
    }

    /** Corpus word error rate: total edits over total reference words (an empty reference counts 1 for any output). */
    public static double wer(List<String> predictions, List<String> references) {
        long edits = 0;
        long refWords = 0;
        for (int i = 0; i < predictions.size(); i++) {
            List<String> r = words(references.get(i));
            edits += distance(words(predictions.get(i)), r);
            refWords += r.size();
        }
        return refWords == 0 ? (edits > 0 ? 1 : 0) : (double) edits / refWords;
    }

    /** Character error rate of one pair. */
    public static double cer(String prediction, String reference) {
        return cer(List.of(prediction), List.of(reference));
    }

    /** Corpus character error rate (characters after stripping, spaces included). */
    public static double cer(List<String> predictions, List<String> references) {
        long edits = 0;
        long refChars = 0;
        for (int i = 0; i < predictions.size(); i++) {
            List<String> r = chars(references.get(i).strip());
            edits += distance(chars(predictions.get(i).strip()), r);
            refChars += r.size();
        }
        return refChars == 0 ? (edits > 0 ? 1 : 0) : (double) edits / refChars;
    }

    /** One pair's word edits and reference words: corpus WER is the sum of the first over the sum of the second. */
    static long[] werCounts(String prediction, String reference) {
        List<String> r = words(reference);
        return new long[] {distance(words(prediction), r), r.size()};
    }

    /** One pair's character edits and reference characters, as {@link #cer(List, List)} counts them. */
    static long[] cerCounts(String prediction, String reference) {
        List<String> r = chars(reference.strip());
        return new long[] {distance(chars(prediction.strip()), r), r.size()};
    }

    static List<String> words(String s) {
        String t = s.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    private static List<String> chars(String s) {
        return s.codePoints().mapToObj(Character::toString).toList();
    }

    private static Map<String, Integer> counts(List<String> tokens) {
        Map<String, Integer> m = new HashMap<>();
        tokens.forEach(t -> m.merge(t, 1, Integer::sum));
        return m;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = x.equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }

    private static int distance(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int sub = prev[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }
}
