package dev.assay.scenario;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * {@code LatencyPercentile} reads latency percentiles the way LoadGen's {@code PerformanceSummary}
 * does: the latencies sorted ascending, the {@code p}-th percentile is the one at index
 * {@code floor(n * p / 100)} (never past the last). This is not the interpolated percentile of
 * {@code latency_p99_ms} in the metrics; for the scenario's verdict LoadGen's rule is the contract.
 */
@API(status = INTERNAL, since = "0.1")
public final class LatencyPercentile {

    private final long[] sortedNanos;

    /** The percentiles of these latencies (ns); the array is copied. */
    public LatencyPercentile(long[] latenciesNanos) {
        this.sortedNanos = latenciesNanos.clone();
        Arrays.sort(sortedNanos);
    }

    /** The {@code percent}-th percentile in ms, or null without latencies. */
    public Double ms(double percent) {
        if (sortedNanos.length == 0) {
            return null;
        }
        int index = (int) Math.min(sortedNanos.length - 1, Math.floor(sortedNanos.length * percent / 100.0));
        return sortedNanos[index] / 1e6;
    }

    /** The share of latencies strictly above {@code boundMs}; 0 without latencies. */
    public double shareAbove(double boundMs) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        long bound = (long) Math.floor(boundMs * 1e6);
        int firstAbove = Arrays.binarySearch(sortedNanos, bound + 1);
        if (firstAbove < 0) {
            firstAbove = -firstAbove - 1;
        } else {
            // The first of equal values: binarySearch may land on any of them.
            while (firstAbove > 0 && sortedNanos[firstAbove - 1] == bound + 1) {
                firstAbove--;
            }
        }
        return (sortedNanos.length - firstAbove) / (double) sortedNanos.length;
    }

    /** How many latencies there are. */
    public int count() {
        return sortedNanos.length;
    }
}
