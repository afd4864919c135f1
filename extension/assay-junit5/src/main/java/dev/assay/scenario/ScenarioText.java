package dev.assay.scenario;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * {@code ScenarioText} says a scenario's figures in words: the console line printed after a
 * benchmark's table, and the message that fails the model's summary node when a server run is
 * {@code INVALID}.
 */
@API(status = INTERNAL, since = "0.1")
public final class ScenarioText {

    private ScenarioText() {
    }

    /**
     * One console line, e.g. {@code   ridge  server @ 50/s: issued 49.6/s (scheduled 50.2/s), p99 63.2 ms
     * (bound 100 ms), 0.4% over the bound -> VALID}.
     */
    public static String line(String model, ScenarioResult s) {
        StringBuilder line = new StringBuilder("  ").append(model).append("  ").append(s.label()).append(": ");
        switch (s.kind()) {
            case ScenarioResult.SERVER -> {
                line.append(String.format(Locale.ROOT, "issued %s/s (scheduled %s/s), p%s %s ms (bound %s ms), "
                                + "%.1f%% over the bound -> %s", figure(s.achievedQps()), figure(s.scheduledQps()),
                        num(s.percentile()), figure(s.latencyAtPercentileMs()), num(s.latencyBoundMs()),
                        100 * s.overBound(), s.verdict()));
                if (s.search() != null) {
                    line.append(String.format(Locale.ROOT, " (%d probes from %s to %s/s)", s.search().probes().size(),
                            rate(s.search().minQps()), rate(s.search().maxQps())));
                }
            }
            case ScenarioResult.OFFLINE -> line.append(String.format(Locale.ROOT,
                    "%d cases in %s s = %s cases/s, call p50 %s ms, p99 %s ms", s.cases(), figure(s.durationS()),
                    figure(s.throughputPerS()), figure(s.latencyP50Ms()), figure(s.latencyP99Ms())));
            default -> line.append(String.format(Locale.ROOT, "%d queries, p50 %s ms, p90 %s ms, p99 %s ms, %s cases/s",
                    s.queries(), figure(s.latencyP50Ms()), figure(s.latencyP90Ms()), figure(s.latencyP99Ms()),
                    figure(s.throughputPerS())));
        }
        return line.toString();
    }

    /**
     * Why an {@code INVALID} server run fails its model, and what to do:
     * {@code scenario server @ 50/s is INVALID (seed 123): p99 latency 180.2 ms is above the bound 100 ms
     * (...): lower targetQps or raise latencyBoundMs}.
     */
    public static String failure(ScenarioResult s) {
        String what = s.search() != null && s.search().maxValidQps() == null
                ? "no rate from " + rate(s.search().minQps()) + " to " + rate(s.search().maxQps())
                        + "/s keeps the bound; the run at " + rate(s.targetQps()) + "/s"
                : "scenario " + s.label();
        return what + " is INVALID (seed " + s.seed() + "): " + s.reason();
    }

    private static String rate(Double qps) {
        return ScenarioResult.rate(qps);
    }

    /** Three significant digits without an exponent: {@code 1490}, {@code 63.2}, {@code 4.33}, {@code 0.196}. */
    private static String figure(Double value) {
        if (value == null) {
            return "?";
        }
        double v = Math.abs(value);
        String format = v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : v >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, format, value);
    }

    private static String num(Double value) {
        return value == null ? "?" : value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }
}
