package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.metrics.SampleMetric;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code LatencyMetrics} binds the speed metrics every task has to a model's ok cases:
 * {@code latency_mean_ms}, {@code latency_p50_ms} … {@code latency_p99_ms}, {@code throughput_per_s},
 * and for LLM calls {@code ttft_p50_ms}, {@code ttft_p95_ms}, {@code tokens_per_s}.
 *
 * <p>Percentiles interpolate linearly between order statistics, as numpy's default does.
 * {@code throughput_per_s} is measured over the wall-clock span of the model's calls where the
 * records carry it ({@link Throughput}); only for records without spans is it estimated here as
 * cases per second of measured model time (1000 / mean latency): what one sequential caller gets. {@code tokens_per_s} is output tokens per second of latency, over the
 * cases that report tokens. Cases without a value (NaN) are left out of each metric.
 */
@API(status = INTERNAL, since = "0.1")
public final class LatencyMetrics {

    private LatencyMetrics() {
    }

    /** The speed metrics over the given ok records, with the latency-based throughput; metrics without data are left out. */
    public static Map<String, SampleMetric> bind(List<CaseRecord> okRecords) {
        return bind(okRecords, true);
    }

    /**
     * The speed metrics over the given ok records, as functions of row indices; metrics without data are
     * left out.
     *
     * @param latencyThroughput whether to include {@code throughput_per_s} as 1000 / mean latency (for
     *     records without wall-clock spans)
     */
    public static Map<String, SampleMetric> bind(List<CaseRecord> okRecords, boolean latencyThroughput) {
        Map<String, SampleMetric> out = new LinkedHashMap<>();
        double[] latency = column(okRecords, CaseRecord::latencyMs);
        if (Arrays.stream(latency).anyMatch(v -> !Double.isNaN(v))) {
            OrderStatistics order = new OrderStatistics(latency);
            out.put("latency_mean_ms", rows -> mean(latency, rows));
            out.put("latency_p50_ms", percentileOf(order, 50));
            out.put("latency_p90_ms", percentileOf(order, 90));
            out.put("latency_p95_ms", percentileOf(order, 95));
            out.put("latency_p99_ms", percentileOf(order, 99));
            if (latencyThroughput) {
                out.put("throughput_per_s", rows -> 1000.0 / mean(latency, rows));
            }
        }
        double[] ttft = column(okRecords, CaseRecord::ttftMs);
        if (Arrays.stream(ttft).anyMatch(v -> !Double.isNaN(v))) {
            OrderStatistics ttftOrder = new OrderStatistics(ttft);
            out.put("ttft_p50_ms", percentileOf(ttftOrder, 50));
            out.put("ttft_p95_ms", percentileOf(ttftOrder, 95));
        }
        double[] tokens = column(okRecords, r -> r.tokensOut() == null || r.latencyMs() == null ? null
                : r.tokensOut().doubleValue());
        if (Arrays.stream(tokens).anyMatch(v -> !Double.isNaN(v))) {
            out.put("tokens_per_s", rows -> {
                double sumTokens = 0;
                double sumSeconds = 0;
                for (int r : rows) {
                    if (!Double.isNaN(tokens[r])) {
                        sumTokens += tokens[r];
                        sumSeconds += latency[r] / 1000.0;
                    }
                }
                return sumSeconds > 0 ? sumTokens / sumSeconds : Double.NaN;
            });
        }
        return out;
    }

    private static double[] column(List<CaseRecord> records, java.util.function.Function<CaseRecord, Double> field) {
        double[] values = new double[records.size()];
        for (int i = 0; i < values.length; i++) {
            Double v = field.apply(records.get(i));
            values[i] = v == null ? Double.NaN : v;
        }
        return values;
    }

    private static double mean(double[] values, int[] rows) {
        double sum = 0;
        int n = 0;
        for (int r : rows) {
            if (!Double.isNaN(values[r])) {
                sum += values[r];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static SampleMetric percentileOf(OrderStatistics order, double p) {
        return rows -> order.percentile(rows, p);
    }

    /** The p-th percentile (0–100) of sorted values, linear interpolation (numpy's default). */
    public static double percentile(double[] sorted, double p) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        PercentileRank rank = PercentileRank.of(p, sorted.length);
        return rank.between(sorted[rank.lo()], sorted[rank.hi()]);
    }
}
