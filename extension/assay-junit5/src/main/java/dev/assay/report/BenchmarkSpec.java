package dev.assay.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.assay.metrics.Direction;
import dev.assay.metrics.MetricCatalog;
import dev.assay.resources.ResourceUsage;
import dev.assay.scenario.ScenarioResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code BenchmarkSpec} is what a benchmark declared beyond its case records: thresholds,
 * comparisons, category bins, the positive label, each model's task and expected case count, and
 * what ran each model. Runs write it to {@code benchmarks.json} beside the journal so that
 * {@code assay report} rebuilds exactly the summary the run wrote.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@API(status = EXPERIMENTAL, since = "0.1")
public final class BenchmarkSpec {

    /** The benchmark's name. */
    @JsonProperty("benchmark")
    public String benchmark;

    /** The positive label of binary tasks; null for the one that sorts last. */
    @JsonProperty("positive_label")
    public String positiveLabel;

    /** Category bins for regression, or null. */
    @JsonProperty("bins")
    public Bins bins;

    /** The JSON schema extraction predictions must satisfy ({@code @ExtractionSchema}), or null. */
    @JsonProperty("schema")
    public com.fasterxml.jackson.databind.JsonNode schema;

    /** What a {@code @Ranking} benchmark declared (cut-offs, corpus), or null for other benchmarks. */
    @JsonProperty("ranking")
    public RankingSpec ranking;

    /** Thresholds, in declaration order. */
    @JsonProperty("thresholds")
    public List<ThresholdSpec> thresholds = new ArrayList<>();

    /** Comparisons, in declaration order. */
    @JsonProperty("comparisons")
    public List<CompareSpec> comparisons = new ArrayList<>();

    /**
     * The multiplicity correction of the comparisons' p-values ({@code assay.correction}: {@code holm},
     * {@code bonferroni}, {@code none}); null for Holm.
     */
    @JsonProperty("correction")
    public String correction;

    /** {@link #scoreDirections} value of a higher-is-better score. */
    public static final String HIGHER = "higher";
    /** {@link #scoreDirections} value of a lower-is-better score. */
    public static final String LOWER = "lower";

    /**
     * Directions recorded scores were given ({@code out.score(name, value, Better.LOWER)}), by score
     * name: {@code higher} or {@code lower}; scores recorded without one are not listed.
     */
    @JsonProperty("score_directions")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public Map<String, String> scoreDirections = new java.util.concurrent.ConcurrentSkipListMap<>();

    /**
     * Which way {@code metric} improves in this benchmark: a score's recorded direction, else the
     * catalog's ({@link MetricCatalog#direction}), else higher-is-better.
     */
    public Direction direction(String metric) {
        java.util.regex.Matcher score = SCORE.matcher(metric);
        if (score.matches() && scoreDirections != null && scoreDirections.containsKey(score.group(1))) {
            return LOWER.equals(scoreDirections.get(score.group(1))) ? Direction.LOWER_IS_BETTER
                    : Direction.HIGHER_IS_BETTER;
        }
        return MetricCatalog.direction(metric).orElse(Direction.HIGHER_IS_BETTER);
    }

    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("score\\[(.+)]");

    /** The stored baseline every model is checked against, or null. */
    @JsonProperty("baseline")
    public BaselineSpec baseline;

    /** Models by name, in run order. */
    @JsonProperty("models")
    public Map<String, ModelSpec> models = new LinkedHashMap<>();

    /** Category bins: ascending edges and one more label than edges. */
    public record Bins(@JsonProperty("edges") double[] edges, @JsonProperty("labels") List<String> labels) {

        /** The label of the bin {@code value} falls in; a value on an edge falls in the upper bin. */
        public String labelOf(double value) {
            int i = 0;
            while (i < edges.length && value >= edges[i]) {
                i++;
            }
            return labels.get(i);
        }
    }

    /**
     * What a ranking benchmark's metrics need besides its records.
     *
     * @param k the cut-offs of the {@code @K} metrics, ascending
     * @param corpus the corpus file as declared
     * @param corpusSize how many documents the corpus holds: the ids that tie below every ranked id in {@code ndcg@K}
     */
    public record RankingSpec(@JsonProperty("k") int[] k, @JsonProperty("corpus") String corpus,
                              @JsonProperty("corpus_size") int corpusSize) {
    }

    /**
     * A metric bound.
     *
     * @param metric the metric's name
     * @param min the lower bound, or null
     * @param max the upper bound, or null
     * @param model the model it applies to, or null for all
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ThresholdSpec(@JsonProperty("metric") String metric, @JsonProperty("min") Double min,
                                @JsonProperty("max") Double max, @JsonProperty("model") String model) {

        /** Whether this threshold applies to {@code modelName}. */
        public boolean appliesTo(String modelName) {
            return model == null || model.isEmpty() || model.equals(modelName);
        }

        /** The bound as people write it: {@code mae<=12}, {@code 0.6<=pearson<=1}. */
        @Override
        public String toString() {
            String bound = (min != null ? Fmt.num(min) + "<=" : "") + metric + (max != null ? "<=" + Fmt.num(max) : "");
            return model == null || model.isEmpty() ? bound : bound + " (" + model + ")";
        }
    }

    /**
     * A declared comparison between two models.
     *
     * @param baseline the baseline model
     * @param candidate the candidate model
     * @param tolerance how much worse the candidate may be before its node fails
     */
    public record CompareSpec(@JsonProperty("baseline") String baseline, @JsonProperty("candidate") String candidate,
                              @JsonProperty("tolerance") double tolerance) {
    }

    /**
     * A {@code @Baseline}: where the stored results are and how much worse a metric may get.
     *
     * @param file the stored baseline's path, relative to the project root
     * @param tolerance allowed drop in the metric's units
     * @param relativeTolerance allowed drop as a fraction of the stored value
     * @param metrics the metrics checked; empty for success_rate and every stored quality metric
     * @param cases whether per-case results are stored (paired tests)
     */
    public record BaselineSpec(@JsonProperty("file") String file, @JsonProperty("tolerance") double tolerance,
                               @JsonProperty("relative_tolerance") double relativeTolerance,
                               @JsonProperty("metrics") List<String> metrics, @JsonProperty("cases") boolean cases) {

        /** How much worse than {@code stored} a metric may be. */
        public double allowed(double stored) {
            return Math.max(tolerance, relativeTolerance * Math.abs(stored));
        }
    }

    /** One model of the benchmark. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class ModelSpec {
        /** The task's wire name. */
        @JsonProperty("task")
        public String task;
        /** Rounds per case. */
        @JsonProperty("rounds")
        public int rounds = 1;
        /** Cases in the dataset (after sharding). */
        @JsonProperty("cases")
        public int cases;
        /** What ran the model (the summary's runtime object), or null. */
        @JsonProperty("runtime")
        public Map<String, Object> runtime;
        /** What the process used while the model's cases ran (the summary's resources object), or null. */
        @JsonProperty("resources")
        public ResourceUsage resources;
        /** What the model's {@code @Scenario} measured (the summary's scenario object), or null. */
        @JsonProperty("scenario")
        public ScenarioResult scenario;
        /** The model's {@code @CaseThreshold}s (class and method), for pass@k / pass^k; null when none. */
        @JsonProperty("case_thresholds")
        public List<ThresholdSpec> caseThresholds;

        /** Records a complete run holds for this model. */
        public int expectedRecords() {
            return cases * rounds;
        }
    }
}
