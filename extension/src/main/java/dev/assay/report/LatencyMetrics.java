package dev.assay.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code LatencyMetrics} computes the speed metrics every task has, over the cases that ran:
 * {@code latency_mean_ms}, {@code latency_p50_ms} … {@code latency_p99_ms}, {@code throughput_per_s},
 * and for LLM calls {@code ttft_p50_ms}, {@code ttft_p95_ms}, {@code tokens_per_s}.
 *
 * <p>Percentiles interpolate linearly between order statistics, as numpy's default does.
 * {@code throughput_per_s} is cases per second of measured model time (1000 / mean latency): what
 * one sequential caller gets. {@code tokens_per_s} is output tokens per second of latency, summed
 * over the cases that report tokens.
 */
public final class LatencyMetrics {

    private LatencyMetrics() {
    }

    /** The speed metrics over the given ok records; metrics without data are left out. */
    public static Map<String, Double> of(List<CaseRecord> okRecords) {
        Map<String, Double> out = new LinkedHashMap<>();
        double[] latencies = okRecords.stream().map(CaseRecord::latencyMs).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).toArray();
        if (latencies.length > 0) {
            Arrays.sort(latencies);
            double mean = Arrays.stream(latencies).sum() / latencies.length;
            out.put("latency_mean_ms", mean);
            out.put("latency_p50_ms", percentile(latencies, 50));
            out.put("latency_p90_ms", percentile(latencies, 90));
            out.put("latency_p95_ms", percentile(latencies, 95));
            out.put("latency_p99_ms", percentile(latencies, 99));
            out.put("throughput_per_s", mean > 0 ? 1000.0 / mean : Double.NaN);
        }
        double[] ttfts = okRecords.stream().map(CaseRecord::ttftMs).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).sorted().toArray();
        if (ttfts.length > 0) {
            out.put("ttft_p50_ms", percentile(ttfts, 50));
            out.put("ttft_p95_ms", percentile(ttfts, 95));
        }
        double tokens = 0;
        double seconds = 0;
        for (CaseRecord r : okRecords) {
            if (r.tokensOut() != null && r.latencyMs() != null) {
                tokens += r.tokensOut();
                seconds += r.latencyMs() / 1000.0;
            }
        }
        if (seconds > 0) {
            out.put("tokens_per_s", tokens / seconds);
        }
        return out;
    }

    /** The p-th percentile (0–100) of sorted values, linear interpolation (numpy's default). */
    public static double percentile(double[] sorted, double p) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        double rank = p / 100.0 * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
    }
}
