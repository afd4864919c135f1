package dev.assay.report;

import dev.assay.stats.Estimate;
import dev.assay.stats.PoissonRate;
import java.util.List;

/**
 * {@code Throughput} measures {@code throughput_per_s}: a model's ok cases over the wall-clock span of
 * its calls, from the first call's start to the last call's end ({@code started_at_ms} and
 * {@code finished_at_ms} of its records). Unlike {@code 1000 / latency_mean_ms}, which is what one
 * sequential caller gets, this counts calls that overlap (parallel execution, batches, concurrent
 * requests) and the harness's own time between calls, so it is the rate a run actually achieved. Its
 * interval is the exact Poisson interval of the count over the span ({@link PoissonRate}).
 *
 * <p>Records without a span (journals from before spans were recorded, stored baselines) leave the
 * measurement to the latency-based figure. A resumed run's span includes the time it was stopped.
 */
final class Throughput {

    private Throughput() {
    }

    /** Whether every record whose call ran carries its span, and at least one did. */
    static boolean measurable(List<CaseRecord> records) {
        boolean any = false;
        for (CaseRecord r : records) {
            if (r.latencyMs() != null && (r.startedAtMs() == null || r.finishedAtMs() == null)) {
                return false;
            }
            any |= r.startedAtMs() != null;
        }
        return any;
    }

    /**
     * Ok cases per second over the span of every call, with its interval (none when {@code confidence}
     * is NaN: intervals are off); null when the span is under 1 ms.
     */
    static Summary.Estimate estimate(List<CaseRecord> records, double confidence) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long ok = 0;
        for (CaseRecord r : records) {
            if (r.startedAtMs() != null && r.finishedAtMs() != null) {
                first = Math.min(first, r.startedAtMs());
                last = Math.max(last, r.finishedAtMs());
            }
            ok += r.ok() ? 1 : 0;
        }
        if (last <= first) {
            return null;
        }
        double seconds = (last - first) / 1000.0;
        if (Double.isNaN(confidence)) {
            return Summary.Estimate.of(ok / seconds);
        }
        Estimate rate = PoissonRate.estimate(ok, seconds, confidence);
        return MetricEstimator.toEstimate(rate.value(), rate.interval());
    }
}
