package dev.assay.scenario;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * {@code ScenarioResult} is what a model's load scenario measured: the {@code scenario} object of a
 * model in {@code summary.json}. Latency percentiles follow LoadGen's rule ({@link LatencyPercentile});
 * under {@code server} a query's latency runs from its scheduled issue time to its completion.
 *
 * @param kind {@code single_stream}, {@code offline} or {@code server}
 * @param queries queries issued (calls of the method; a batch is one query)
 * @param cases cases the queries served
 * @param seed the seed of the arrival schedule ({@code server}), or null
 * @param concurrency calls at once ({@code offline}), or null
 * @param batch cases per call of a batch method ({@code offline}), or null
 * @param maxInFlight the most queries in flight ({@code server}), or null
 * @param durationS from the first issue to the last completion, in seconds
 * @param throughputPerS cases completed over {@code duration_s}
 * @param latencyP50Ms the 50th percentile latency
 * @param latencyP90Ms the 90th percentile latency (LoadGen's single-stream result)
 * @param latencyP99Ms the 99th percentile latency
 * @param percentile the percentile judged ({@code server}) or reported ({@code single_stream}), or null
 * @param latencyAtPercentileMs the latency at {@link #percentile}, or null
 * @param targetQps the declared (or, after a search, the found) arrival rate, or null
 * @param scheduledQps the schedule's own rate, (n - 1) / the last due time, or null
 * @param achievedQps the rate queries were really issued at, (n - 1) / the last issue time, or null
 * @param rateTolerance how far {@code achieved_qps} may fall below {@code scheduled_qps}, or null
 * @param latencyBoundMs the latency bound ({@code server}), or null
 * @param overBound the share of queries whose latency exceeds the bound, or null
 * @param verdict {@code VALID} or {@code INVALID} ({@code server}), or null
 * @param reason why the run is {@code INVALID} and what to do, or null
 * @param search the rate search that chose {@code target_qps}, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "queries", "cases", "seed", "concurrency", "batch", "max_in_flight", "duration_s",
        "throughput_per_s", "latency_p50_ms", "latency_p90_ms", "latency_p99_ms", "percentile",
        "latency_at_percentile_ms", "target_qps", "scheduled_qps", "achieved_qps", "rate_tolerance",
        "latency_bound_ms", "over_bound", "verdict", "reason", "search"})
@API(status = EXPERIMENTAL, since = "0.1")
public record ScenarioResult(
        @JsonProperty("kind") String kind,
        @JsonProperty("queries") int queries,
        @JsonProperty("cases") int cases,
        @JsonProperty("seed") Long seed,
        @JsonProperty("concurrency") Integer concurrency,
        @JsonProperty("batch") Integer batch,
        @JsonProperty("max_in_flight") Integer maxInFlight,
        @JsonProperty("duration_s") double durationS,
        @JsonProperty("throughput_per_s") Double throughputPerS,
        @JsonProperty("latency_p50_ms") Double latencyP50Ms,
        @JsonProperty("latency_p90_ms") Double latencyP90Ms,
        @JsonProperty("latency_p99_ms") Double latencyP99Ms,
        @JsonProperty("percentile") Double percentile,
        @JsonProperty("latency_at_percentile_ms") Double latencyAtPercentileMs,
        @JsonProperty("target_qps") Double targetQps,
        @JsonProperty("scheduled_qps") Double scheduledQps,
        @JsonProperty("achieved_qps") Double achievedQps,
        @JsonProperty("rate_tolerance") Double rateTolerance,
        @JsonProperty("latency_bound_ms") Double latencyBoundMs,
        @JsonProperty("over_bound") Double overBound,
        @JsonProperty("verdict") String verdict,
        @JsonProperty("reason") String reason,
        @JsonProperty("search") Search search) {

    /** {@link #kind} of a single-stream run. */
    public static final String SINGLE_STREAM = "single_stream";
    /** {@link #kind} of an offline run. */
    public static final String OFFLINE = "offline";
    /** {@link #kind} of a server run. */
    public static final String SERVER = "server";
    /** {@link #verdict} of a server run that kept its bound and its rate. */
    public static final String VALID = "VALID";
    /** {@link #verdict} of a server run that did not. */
    public static final String INVALID = "INVALID";

    /** Whether this is a server run that missed its bound or its rate. */
    @JsonIgnore
    public boolean invalid() {
        return INVALID.equals(verdict);
    }

    /** This result with another verdict and the reason for it. */
    public ScenarioResult withVerdict(String newVerdict, String newReason) {
        return new ScenarioResult(kind, queries, cases, seed, concurrency, batch, maxInFlight, durationS,
                throughputPerS, latencyP50Ms, latencyP90Ms, latencyP99Ms, percentile, latencyAtPercentileMs, targetQps,
                scheduledQps, achievedQps, rateTolerance, latencyBoundMs, overBound, newVerdict, newReason, search);
    }

    /** This result with the search that chose its rate. */
    public ScenarioResult withSearch(Search found) {
        return new ScenarioResult(kind, queries, cases, seed, concurrency, batch, maxInFlight, durationS,
                throughputPerS, latencyP50Ms, latencyP90Ms, latencyP99Ms, percentile, latencyAtPercentileMs, targetQps,
                scheduledQps, achievedQps, rateTolerance, latencyBoundMs, overBound, verdict, reason, found);
    }

    /** The scenario as node names and the console say it: {@code server @ 50/s}, {@code offline × 8}. */
    @JsonIgnore
    public String label() {
        return switch (kind) {
            case SERVER -> "server @ " + rate(targetQps) + "/s" + (search == null ? "" : " (highest valid rate found)");
            case OFFLINE -> "offline \u00d7 " + concurrency + (batch == null ? "" : ", batches of " + batch);
            default -> "single-stream";
        };
    }

    /** A rate as people read it: {@code 50}, {@code 12.5}. */
    static String rate(Double qps) {
        if (qps == null) {
            return "?";
        }
        return qps == Math.rint(qps) && Math.abs(qps) < 1e9 ? String.valueOf(qps.longValue())
                : String.format(Locale.ROOT, Math.abs(qps) >= 100 ? "%.0f" : Math.abs(qps) >= 10 ? "%.1f" : "%.2f", qps);
    }

    /**
     * A search for the highest valid rate, as LoadGen's FindPeakPerformance mode: the bounds are probed,
     * then their midpoint, keeping the half where the valid and the invalid rate meet.
     *
     * @param minQps the lowest rate probed
     * @param maxQps the highest rate probed
     * @param probeQueries queries per probe (the dataset's cases, cycled; not journaled)
     * @param maxValidQps the highest rate found {@code VALID}, or null when even {@code min_qps} was not
     * @param probes each probe, in the order run
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"min_qps", "max_qps", "probe_queries", "max_valid_qps", "probes"})
    public record Search(@JsonProperty("min_qps") double minQps, @JsonProperty("max_qps") double maxQps,
                         @JsonProperty("probe_queries") int probeQueries,
                         @JsonProperty("max_valid_qps") Double maxValidQps,
                         @JsonProperty("probes") List<Probe> probes) {
    }

    /**
     * One probe of a rate search.
     *
     * @param targetQps the rate probed
     * @param achievedQps the rate queries were issued at
     * @param latencyAtPercentileMs the latency at the judged percentile
     * @param overBound the share of queries over the bound
     * @param verdict {@code VALID} or {@code INVALID}
     */
    @JsonPropertyOrder({"target_qps", "achieved_qps", "latency_at_percentile_ms", "over_bound", "verdict"})
    public record Probe(@JsonProperty("target_qps") double targetQps, @JsonProperty("achieved_qps") Double achievedQps,
                        @JsonProperty("latency_at_percentile_ms") Double latencyAtPercentileMs,
                        @JsonProperty("over_bound") double overBound, @JsonProperty("verdict") String verdict) {
    }
}
