package dev.assay.scenario;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * {@code ScenarioFigures} turns the timings of a scenario run into its {@link ScenarioResult}, and
 * judges a server run as LoadGen does: {@code INVALID} when the latency at the percentile exceeds the
 * bound (LoadGen's performance constraint: "Reduce target QPS to improve latency"), or when queries
 * were issued more slowly than scheduled by more than the tolerance (LoadGen's issue thread never
 * waits for the system under test; Assay's may, at {@code maxInFlight}, and says so).
 */
@API(status = INTERNAL, since = "0.1")
public final class ScenarioFigures {

    private ScenarioFigures() {
    }

    /**
     * A single-stream run.
     *
     * @param latenciesNanos each query's latency
     * @param cases the cases served
     * @param spanNanos from the first issue to the last completion
     * @param percentile the percentile reported as the result
     */
    public static ScenarioResult singleStream(long[] latenciesNanos, int cases, long spanNanos, double percentile) {
        LatencyPercentile p = new LatencyPercentile(latenciesNanos);
        return new ScenarioResult(ScenarioResult.SINGLE_STREAM, latenciesNanos.length, cases, null, null, null, null,
                seconds(spanNanos), perSecond(cases, spanNanos), ms(p.ms(50)), ms(p.ms(90)), ms(p.ms(99)), percentile,
                ms(p.ms(percentile)), null, null, null, null, null, null, null, null, null);
    }

    /**
     * An offline run.
     *
     * @param latenciesNanos each call's time
     * @param cases the cases served
     * @param concurrency calls at once
     * @param batch cases per call of a batch method, or null
     * @param spanNanos from the first issue to the last completion
     */
    public static ScenarioResult offline(long[] latenciesNanos, int cases, int concurrency, Integer batch,
                                         long spanNanos) {
        LatencyPercentile p = new LatencyPercentile(latenciesNanos);
        return new ScenarioResult(ScenarioResult.OFFLINE, latenciesNanos.length, cases, null, concurrency, batch, null,
                seconds(spanNanos), perSecond(cases, spanNanos), ms(p.ms(50)), ms(p.ms(90)), ms(p.ms(99)), null, null,
                null, null, null, null, null, null, null, null, null);
    }

    /**
     * A server run; every time is in ns after the run's start, the origin of the schedule.
     *
     * @param schedule when each query was due
     * @param issuedNanos when each was handed to the model
     * @param finishedNanos when each completed
     * @param maxInFlight the most queries in flight
     * @param boundMs the latency bound
     * @param percentile the percentile judged
     * @param tolerance how far the achieved rate may fall below the scheduled one
     */
    public static ScenarioResult server(ArrivalSchedule schedule, long[] issuedNanos, long[] finishedNanos,
                                        int maxInFlight, double boundMs, double percentile, double tolerance) {
        int n = schedule.size();
        long[] latencies = new long[n];
        long last = 0;
        for (int i = 0; i < n; i++) {
            // From the scheduled time, as LoadGen measures: a query that waited for a slot counts its wait.
            latencies[i] = finishedNanos[i] - schedule.offsetNanos(i);
            last = Math.max(last, finishedNanos[i]);
        }
        LatencyPercentile p = new LatencyPercentile(latencies);
        Double atPercentile = p.ms(percentile);
        Double scheduled = schedule.scheduledQps();
        Double achieved = n < 2 || issuedNanos[n - 1] <= 0 ? null : (n - 1) / (issuedNanos[n - 1] / 1e9);
        List<String> reasons = new ArrayList<>();
        if (atPercentile > boundMs) {
            reasons.add(String.format(Locale.ROOT, "p%s latency %.1f ms is above the bound %s ms (%.1f%% of %d queries "
                    + "over it): lower targetQps or raise latencyBoundMs", num(percentile), atPercentile, num(boundMs),
                    100 * p.shareAbove(boundMs), n));
        }
        if (scheduled != null && achieved != null && achieved < scheduled * (1 - tolerance)) {
            reasons.add(String.format(Locale.ROOT, "queries were issued at %.3g/s, more than %s%% below the "
                    + "schedule's %.3g/s: the model held all %d slots of maxInFlight (raise it) or the machine could not "
                    + "keep up; lower targetQps", achieved, num(100 * tolerance), scheduled, maxInFlight));
        }
        long span = last - (n == 0 ? 0 : issuedNanos[0]);
        return new ScenarioResult(ScenarioResult.SERVER, n, n, schedule.seed(), null, null, maxInFlight, seconds(span),
                perSecond(n, span), ms(p.ms(50)), ms(p.ms(90)), ms(p.ms(99)), percentile, ms(atPercentile),
                schedule.qps(), round(scheduled), round(achieved), tolerance, boundMs,
                round(p.shareAbove(boundMs)), reasons.isEmpty() ? ScenarioResult.VALID : ScenarioResult.INVALID,
                reasons.isEmpty() ? null : String.join("; ", reasons), null);
    }

    /** A server run as one probe of a rate search. */
    public static ScenarioResult.Probe probe(ScenarioResult server) {
        return new ScenarioResult.Probe(server.targetQps(), server.achievedQps(), server.latencyAtPercentileMs(),
                server.overBound(), server.verdict());
    }

    private static Double perSecond(int cases, long spanNanos) {
        return spanNanos <= 0 ? null : round(cases / (spanNanos / 1e9));
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e6) / 1e3;
    }

    private static Double ms(Double value) {
        return value == null ? null : Math.round(value * 1e3) / 1e3;
    }

    /** Four significant decimals are plenty for rates and shares, and keep the summary readable. */
    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 1e4) / 1e4;
    }

    private static String num(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
