package dev.assay.metrics.ranking;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.metrics.SampleMetric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * {@code RankingMetrics} is used to name the ranking metrics of a benchmark's cut-offs and to bind
 * them to a model's queries (definitions in {@link QueryScores}).
 *
 * <p>For cut-offs {@code K = 1, 5} the metrics are, in this order: {@code recall@1}, {@code recall@5},
 * {@code precision@1}, {@code precision@5}, {@code hit_rate@1}, {@code hit_rate@5}, {@code ndcg@1},
 * {@code ndcg@5}, {@code mrr}, {@code mrr@1}, {@code mrr@5}, {@code map}. Every one is the mean of a
 * per-query value and higher is better.
 *
 * <pre>{@code
 * Map<String, SampleMetric> metrics = RankingMetrics.bind(judgements, rankings, new int[] {1, 5, 10}, corpusSize);
 * double ndcg10 = metrics.get("ndcg@10").compute(rows);
 * Map<String, Double> scores = RankingMetrics.perQuery(judgements.get(0), rankings.get(0), ks, corpusSize);
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class RankingMetrics {

    /** The cut-offs a benchmark gets when it declares none. */
    public static final int[] DEFAULT_K = {1, 5, 10};

    /** The metrics with a cut-off, as they prefix {@code @K}. */
    public static final List<String> AT_K = List.of("recall", "precision", "hit_rate", "ndcg", "mrr");

    /** The metrics without a cut-off. */
    public static final List<String> WHOLE_RANKING = List.of("mrr", "map");

    private static final Pattern AT_K_NAME = Pattern.compile("(recall|precision|hit_rate|ndcg|mrr)@([1-9][0-9]{0,5})");

    private RankingMetrics() {
    }

    /** The metric names for cut-offs {@code ks}, in the order documented above. */
    public static List<String> names(int[] ks) {
        List<String> names = new ArrayList<>();
        for (String metric : List.of("recall", "precision", "hit_rate", "ndcg")) {
            for (int k : ks) {
                names.add(metric + "@" + k);
            }
        }
        names.add("mrr");
        for (int k : ks) {
            names.add("mrr@" + k);
        }
        names.add("map");
        return names;
    }

    /** Whether {@code name} is a ranking metric, for any cut-off ({@code recall@7}, {@code map}). */
    public static boolean isRankingMetric(String name) {
        return name != null && (WHOLE_RANKING.contains(name) || AT_K_NAME.matcher(name).matches());
    }

    /** The cut-off of a metric name ({@code 10} of {@code ndcg@10}); empty for names without one. */
    public static OptionalInt cutoff(String name) {
        Matcher m = name == null ? null : AT_K_NAME.matcher(name);
        return m != null && m.matches() ? OptionalInt.of(Integer.parseInt(m.group(2))) : OptionalInt.empty();
    }

    /**
     * One query's value of every metric: what the journal records as the case's {@code scores}.
     *
     * @throws IllegalArgumentException when the ranking lists an id twice
     */
    public static Map<String, Double> perQuery(Judgements judgements, List<String> ranking, int[] ks, int corpusSize) {
        QueryScores q = new QueryScores(judgements, ranking, corpusSize);
        Map<String, Double> out = new LinkedHashMap<>();
        for (int k : ks) {
            out.put("recall@" + k, q.recallAt(k));
        }
        for (int k : ks) {
            out.put("precision@" + k, q.precisionAt(k));
        }
        for (int k : ks) {
            out.put("hit_rate@" + k, q.hitRateAt(k));
        }
        for (int k : ks) {
            out.put("ndcg@" + k, q.ndcgAt(k));
        }
        out.put("mrr", q.reciprocalRank());
        for (int k : ks) {
            out.put("mrr@" + k, q.reciprocalRankAt(k));
        }
        out.put("map", q.averagePrecision());
        return out;
    }

    /**
     * Binds every metric to a model's queries: row {@code i} is query {@code i}.
     *
     * @param judgements each query's judgements
     * @param rankings each query's ranked ids, best first
     * @param ks the cut-offs, each 1 or more
     * @param corpusSize the number of ids in the corpus
     * @return metric name to metric, in the order of {@link #names}
     * @throws IllegalArgumentException when the lists differ in length, a cut-off is below 1, or a
     *         ranking lists an id twice
     */
    public static Map<String, SampleMetric> bind(List<Judgements> judgements, List<List<String>> rankings, int[] ks,
                                                 int corpusSize) {
        if (judgements.size() != rankings.size()) {
            throw new IllegalArgumentException("there are " + judgements.size() + " judgements but " + rankings.size()
                    + " rankings; give one ranking per query");
        }
        checkCutoffs(ks);
        List<String> names = names(ks);
        int n = judgements.size();
        double[][] values = new double[names.size()][n];
        for (int i = 0; i < n; i++) {
            Map<String, Double> scores = perQuery(judgements.get(i), rankings.get(i), ks, corpusSize);
            for (int m = 0; m < names.size(); m++) {
                values[m][i] = scores.get(names.get(m));
            }
        }
        Map<String, SampleMetric> metrics = new LinkedHashMap<>();
        for (int m = 0; m < names.size(); m++) {
            metrics.put(names.get(m), new PerQueryMean(values[m], names.get(m).startsWith("hit_rate@")));
        }
        return metrics;
    }

    /**
     * Checks cut-offs: at least one, each 1 or more, none twice.
     *
     * @throws IllegalArgumentException saying which rule {@code ks} breaks
     */
    public static void checkCutoffs(int[] ks) {
        if (ks.length == 0) {
            throw new IllegalArgumentException("no cut-off is given; give at least one K, e.g. k = {1, 5, 10}");
        }
        for (int k : ks) {
            if (k < 1 || k > 999_999) {
                throw new IllegalArgumentException("cut-off K = " + k + " is not between 1 and 999999");
            }
        }
        if (Arrays.stream(ks).distinct().count() != ks.length) {
            throw new IllegalArgumentException("cut-offs " + Arrays.toString(ks) + " repeat a K; give each K once");
        }
    }
}
