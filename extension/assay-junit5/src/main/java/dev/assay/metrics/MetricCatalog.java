package dev.assay.metrics;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.api.Task;
import dev.assay.metrics.ranking.RankingMetrics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * {@code MetricCatalog} is used to check metric names before any case runs: which names exist
 * for a task, which way each improves, and which known names are close to a misspelt one.
 *
 * <p>The names are the contract of {@code DESIGN.md} ("Contract: metric names"). Besides the
 * fixed names it knows two open-ended forms:
 * <ul>
 *   <li>per label: {@code f1[LABEL]}, {@code precision[LABEL]}, {@code recall[LABEL]};</li>
 *   <li>ranking metrics at a cut-off K: {@code recall@K}, {@code precision@K}, {@code hit_rate@K},
 *       {@code ndcg@K}, {@code mrr@K} ({@code recall@5}; see {@code dev.assay.metrics.ranking});</li>
 *   <li>{@code category_} followed by a classification metric, for regression scored through
 *       bins ({@code category_accuracy}, {@code category_f1_macro}, {@code category_f1[Poor]});</li>
 *   <li>{@code score[NAME]}, for every task: the mean of the per-case score {@code NAME} recorded
 *       with {@code Outcome.score} (a judge's score: {@code score[judge]}). Higher is better, unless
 *       {@code NAME} is itself a lower-is-better metric ({@code score[wer]}) or has a part (between
 *       {@code _}, {@code -} or {@code .}) {@code cost}, {@code latency}, {@code error}, {@code errors},
 *       {@code loss} or {@code failures} ({@code score[cost_usd]}); a direction given with
 *       {@code Outcome.score(name, value, Better)} overrides this (see {@code BenchmarkSpec.direction}).</li>
 * </ul>
 *
 * <pre>{@code
 * if (!MetricCatalog.isKnown(name)) {
 *     throw new IllegalArgumentException("unknown metric [" + name + "]; did you mean "
 *             + MetricCatalog.closest(name, 3) + "?");
 * }
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class MetricCatalog {

    /** Prefix for classification metrics computed on binned regression values. */
    public static final String CATEGORY_PREFIX = "category_";

    private static final Pattern PER_LABEL = Pattern.compile("(f1|precision|recall)\\[.+]");
    private static final Pattern PER_SCORE = Pattern.compile("score\\[(.+)]");
    /** Parts of a score's name that say it is a cost: the dearer, slower or more error-prone model is worse. */
    private static final Set<String> LOWER_SCORE_PARTS = Set.of("cost", "latency", "error", "errors", "loss",
            "failures");

    /** The metric name of the mean of a per-case score ({@code score[judge]}). */
    public static String scoreMetric(String scoreName) {
        return "score[" + scoreName + "]";
    }

    /** Whether {@code name} is the mean of a per-case score ({@code score[judge]}), which every task has. */
    public static boolean isScoreMetric(String name) {
        return name != null && PER_SCORE.matcher(name).matches();
    }

    private static final List<String> CLASSIFICATION = List.of("accuracy", "balanced_accuracy",
            "precision_macro", "recall_macro", "f1_macro", "precision_micro", "recall_micro", "f1_micro",
            "precision_weighted", "recall_weighted", "f1_weighted", "mcc", "cohen_kappa", "roc_auc",
            "average_precision", "log_loss", "brier", "ece");
    private static final List<String> MULTILABEL = List.of("subset_accuracy", "hamming_loss", "f1_micro",
            "f1_macro", "f1_samples", "precision_micro", "recall_micro");
    private static final List<String> REGRESSION = List.of("mae", "mse", "rmse", "r2", "mape", "pearson",
            "spearman", "kendall");
    private static final List<String> GENERATION = List.of("exact_match", "bleu", "chrf", "rouge_l", "wer",
            "cer", "token_f1", "jaccard");
    private static final List<String> EXTRACTION = List.of("json_valid_rate", "schema_valid_rate",
            "field_accuracy");
    /** The ranking metrics without a cut-off; those with one ({@code ndcg@10}) are an open-ended form. */
    private static final List<String> RANKING = RankingMetrics.WHOLE_RANKING;
    private static final List<String> EVERY_TASK = List.of("success_rate", "latency_mean_ms",
            "latency_p50_ms", "latency_p90_ms", "latency_p95_ms", "latency_p99_ms", "throughput_per_s",
            "ttft_p50_ms", "ttft_p95_ms", "tokens_per_s");

    // Errors, losses and durations; every other known name (scores, rates, correlations) is higher-is-better.
    private static final Set<String> LOWER_IS_BETTER = Set.of("mae", "mse", "rmse", "mape", "log_loss",
            "brier", "ece", "hamming_loss", "wer", "cer");

    private static final Map<Task, Set<String>> BY_TASK = byTask();
    private static final Set<String> ALL_FIXED = BY_TASK.get(Task.AUTO);

    private MetricCatalog() {
    }

    /**
     * The fixed metric names of a task, plus those every task has ({@code success_rate},
     * latencies, throughput, time to first token, tokens per second), in a readable order.
     * {@link Task#AUTO} gives the names of all tasks, because the task is not known yet.
     * Per-label, {@code category_} and ranking-at-K ({@code ndcg@10}) forms are not listed; {@link #isKnown}
     * accepts them.
     */
    public static Set<String> names(Task task) {
        return BY_TASK.get(task);
    }

    /** Whether {@code name} is a metric of any task, including the per-label and {@code category_} forms. */
    public static boolean isKnown(String name) {
        if (name == null) {
            return false;
        }
        if (name.startsWith(CATEGORY_PREFIX)) {
            String inner = name.substring(CATEGORY_PREFIX.length());
            return CLASSIFICATION.contains(inner) || PER_LABEL.matcher(inner).matches();
        }
        return ALL_FIXED.contains(name) || PER_LABEL.matcher(name).matches() || isScoreMetric(name)
                || RankingMetrics.isRankingMetric(name);
    }

    /** Which way {@code name} improves; empty when the name is not {@linkplain #isKnown known}. */
    public static Optional<Direction> direction(String name) {
        if (!isKnown(name)) {
            return Optional.empty();
        }
        String base = name.startsWith(CATEGORY_PREFIX) ? name.substring(CATEGORY_PREFIX.length()) : name;
        java.util.regex.Matcher score = PER_SCORE.matcher(base);
        if (score.matches()) {
            String inner = score.group(1);
            boolean lower = LOWER_IS_BETTER.contains(inner) || java.util.Arrays.stream(
                    inner.toLowerCase(Locale.ROOT).split("[_.\\-]")).anyMatch(LOWER_SCORE_PARTS::contains);
            return Optional.of(lower ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER);
        }
        boolean lower = LOWER_IS_BETTER.contains(base) || base.startsWith("latency_") || base.startsWith("ttft_");
        return Optional.of(lower ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER);
    }

    /**
     * Up to {@code max} known names close to {@code unknown}, best first, for error messages.
     * Closeness is the Levenshtein distance ignoring case; names further away than a third of the
     * name's length (at least 2 edits) are not suggested, so the list may be empty.
     */
    public static List<String> closest(String unknown, int max) {
        if (unknown == null || max <= 0) {
            return List.of();
        }
        String query = unknown.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, query.length() / 3);
        List<Candidate> candidates = new ArrayList<>();
        for (String name : suggestable()) {
            int distance = EditDistance.levenshtein(query, name);
            if (distance <= limit) {
                candidates.add(new Candidate(name, distance));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name));
        return candidates.stream().limit(max).map(Candidate::name).toList();
    }

    private static Set<String> suggestable() {
        Set<String> names = new LinkedHashSet<>(ALL_FIXED);
        for (String name : CLASSIFICATION) {
            names.add(CATEGORY_PREFIX + name);
        }
        // The cut-offs a benchmark gets by default stand for every K in suggestions (ndgc@10 -> ndcg@10).
        names.addAll(RankingMetrics.names(RankingMetrics.DEFAULT_K));
        return names;
    }

    private static Map<Task, Set<String>> byTask() {
        Map<Task, Set<String>> byTask = new EnumMap<>(Task.class);
        byTask.put(Task.CLASSIFICATION, withEveryTask(CLASSIFICATION));
        byTask.put(Task.MULTILABEL, withEveryTask(MULTILABEL));
        byTask.put(Task.REGRESSION, withEveryTask(REGRESSION));
        byTask.put(Task.GENERATION, withEveryTask(GENERATION));
        byTask.put(Task.EXTRACTION, withEveryTask(EXTRACTION));
        byTask.put(Task.RANKING, withEveryTask(RANKING));
        List<String> all = new ArrayList<>();
        for (List<String> names : List.of(CLASSIFICATION, MULTILABEL, REGRESSION, GENERATION, EXTRACTION, RANKING)) {
            all.addAll(names);
        }
        byTask.put(Task.AUTO, withEveryTask(all));
        return Collections.unmodifiableMap(byTask);
    }

    private static Set<String> withEveryTask(List<String> names) {
        Set<String> set = new LinkedHashSet<>(names);
        set.addAll(EVERY_TASK);
        return Collections.unmodifiableSet(set);
    }

    private record Candidate(String name, int distance) {
    }
}
