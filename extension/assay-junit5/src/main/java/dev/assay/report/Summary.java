package dev.assay.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.assay.resources.ResourceUsage;
import dev.assay.scenario.ScenarioResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code Summary} is the data of {@code summary.json} (the contract in DESIGN.md and
 * {@code summary.schema.json}): per benchmark, per model, every metric with its interval, every
 * threshold verdict, and the comparisons between models.
 */
@JsonPropertyOrder({"run", "complete", "benchmarks"})
@API(status = EXPERIMENTAL, since = "0.1")
public final class Summary {

    /** The run's id. */
    @JsonProperty("run")
    public String run;

    /** Whether every model of every benchmark holds all its cases × rounds. */
    @JsonProperty("complete")
    public boolean complete;

    /** The benchmarks, in run order. */
    @JsonProperty("benchmarks")
    public List<BenchmarkResult> benchmarks = new ArrayList<>();

    /** One benchmark's results. */
    @JsonPropertyOrder({"benchmark", "models", "comparisons"})
    public static final class BenchmarkResult {
        /** The benchmark's name. */
        @JsonProperty("benchmark")
        public String benchmark;
        /** The models, in run order. */
        @JsonProperty("models")
        public List<ModelResult> models = new ArrayList<>();
        /** The comparisons, in declaration order, one entry per metric. */
        @JsonProperty("comparisons")
        public List<ComparisonResult> comparisons = new ArrayList<>();
        /** Each model's metrics checked against the stored baseline ({@code @Baseline}); absent without one. */
        @JsonProperty("baselines")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        public List<BaselineResult> baselines = new ArrayList<>();
    }

    /** One model's results. */
    @JsonPropertyOrder({"model", "task", "n", "n_ok", "n_expected", "status_counts", "runtime", "resources", "scenario",
            "warnings", "metrics",
            "thresholds"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class ModelResult {
        /** The model's name. */
        @JsonProperty("model")
        public String model;
        /** The task's wire name. */
        @JsonProperty("task")
        public String task;
        /** Records (cases × rounds) in the journal. */
        @JsonProperty("n")
        public int n;
        /** Records whose status is ok. */
        @JsonProperty("n_ok")
        public int nOk;
        /** Records a complete run holds, when known. */
        @JsonProperty("n_expected")
        public Integer nExpected;
        /** Records per status; adds up to n. */
        @JsonProperty("status_counts")
        public Map<String, Integer> statusCounts = new LinkedHashMap<>();
        /** What ran the model. */
        @JsonProperty("runtime")
        public Map<String, Object> runtime;
        /** What the process used while the model's cases ran; null when not sampled ({@code assay.resources.intervalMs=0}). */
        @JsonProperty("resources")
        public ResourceUsage resources;
        /** What the model's {@code @Scenario} measured (LoadGen-style figures and verdict); null without one. */
        @JsonProperty("scenario")
        public ScenarioResult scenario;
        /** What a person should check before trusting the metrics (labels that never meet the dataset's); null when none. */
        @JsonProperty("warnings")
        public List<String> warnings;
        /** Metric name → estimate. */
        @JsonProperty("metrics")
        public Map<String, Estimate> metrics = new LinkedHashMap<>();
        /** Threshold verdicts, in declaration order. */
        @JsonProperty("thresholds")
        public List<ThresholdResult> thresholds = new ArrayList<>();
        /** Agreement, pass@k / pass^k and metric spread across rounds; null for a single round. */
        @JsonProperty("rounds")
        public RoundsResult rounds;
    }

    /**
     * A metric's value with its confidence interval.
     *
     * @param value the point estimate, or null when it cannot be computed
     * @param ciLow the interval's lower end, or null
     * @param ciHigh the interval's upper end, or null
     * @param method how the interval was made ({@code bootstrap_percentile}, {@code wilson}), or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"value", "ci_low", "ci_high", "ci_method"})
    public record Estimate(@JsonProperty("value") @JsonInclude(JsonInclude.Include.ALWAYS) Double value, @JsonProperty("ci_low") Double ciLow,
                           @JsonProperty("ci_high") Double ciHigh, @JsonProperty("ci_method") String method) {

        /** A point value without interval; NaN becomes null (JSON has no NaN). */
        public static Estimate of(double value) {
            return new Estimate(finite(value), null, null, null);
        }

        /** NaN and infinities become null. */
        public static Double finite(double v) {
            return Double.isFinite(v) ? v : null;
        }

        /** {@code 7.5 [4.1, 11.2]}, or {@code 7.5} without interval. */
        public String display() {
            if (value == null) {
                return "n/a";
            }
            return ciLow == null || ciHigh == null ? Fmt.num(value)
                    : Fmt.num(value) + " [" + Fmt.num(ciLow) + ", " + Fmt.num(ciHigh) + "]";
        }
    }

    /**
     * One threshold's verdict.
     *
     * @param metric the metric's name
     * @param min the lower bound, or null
     * @param max the upper bound, or null
     * @param value the metric's value, or null when it could not be computed (then it fails)
     * @param passed whether the value is within the bounds
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"metric", "min", "max", "value", "passed"})
    public record ThresholdResult(@JsonProperty("metric") String metric, @JsonProperty("min") Double min,
                                  @JsonProperty("max") Double max, @JsonProperty("value") Double value,
                                  @JsonProperty("passed") boolean passed) {
    }
}
