package dev.assay.junit;

import dev.assay.api.Scenario;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * {@code ScenarioPlan} is a method's {@link Scenario @Scenario}, checked before any case runs: each
 * setting that does not fit its scenario is a configuration error naming the method and the fix.
 *
 * @param kind the scenario
 * @param concurrency calls at once ({@code OFFLINE})
 * @param targetQps the arrival rate ({@code SERVER} without a search)
 * @param latencyBoundMs the bound the percentile latency must keep ({@code SERVER})
 * @param percentile the percentile judged or reported, in percent (LoadGen's default resolved)
 * @param rateTolerance how far the achieved issue rate may fall below the schedule's
 * @param maxInFlight the most queries in flight ({@code SERVER})
 * @param findMaxRate whether a rate search runs first
 * @param minQps the lowest rate probed
 * @param maxQps the highest rate probed
 * @param probeQueries queries per probe
 * @param probes the most probes
 */
record ScenarioPlan(Scenario.Kind kind, int concurrency, double targetQps, double latencyBoundMs, double percentile,
                    double rateTolerance, int maxInFlight, boolean findMaxRate, double minQps, double maxQps,
                    int probeQueries, int probes) {

    /** The method's scenario, or null when it has none. */
    static ScenarioPlan of(Method method, String where) {
        Scenario s = method.getAnnotation(Scenario.class);
        if (s == null) {
            return null;
        }
        String at = "@Scenario(" + s.value() + ") on " + where.substring(where.indexOf('['));
        Scenario.Kind kind = s.value();
        if (s.concurrency() < 1) {
            throw error(at + " has concurrency = " + s.concurrency() + "; use 1 or more");
        }
        if (s.concurrency() > 1 && kind != Scenario.Kind.OFFLINE) {
            throw error(at + " has concurrency = " + s.concurrency() + ", which only OFFLINE uses; "
                    + (kind == Scenario.Kind.SERVER ? "SERVER issues at its rate, bounded by maxInFlight"
                    : "SINGLE_STREAM runs one query at a time") + "; remove concurrency or use OFFLINE");
        }
        if (!(s.percentile() >= 0 && s.percentile() < 100)) {
            throw error(at + " has percentile = " + s.percentile() + "; use a percentile above 0 and below 100, "
                    + "such as 99, or 0 for LoadGen's default");
        }
        double percentile = s.percentile() > 0 ? s.percentile() : kind == Scenario.Kind.SERVER ? 99 : 90;
        boolean serverSettings = s.targetQps() != 0 || s.findMaxRate() || s.maxQps() != 0;
        if (kind != Scenario.Kind.SERVER) {
            if (serverSettings) {
                throw error(at + " sets targetQps, findMaxRate or maxQps, which only SERVER uses; remove them or use "
                        + "SERVER");
            }
            return new ScenarioPlan(kind, s.concurrency(), 0, s.latencyBoundMs(), percentile, s.rateTolerance(),
                    s.maxInFlight(), false, 0, 0, 0, 0);
        }
        if (!(s.latencyBoundMs() > 0) || Double.isInfinite(s.latencyBoundMs())) {
            throw error(at + " has latencyBoundMs = " + s.latencyBoundMs() + "; use a bound in ms above 0, such as 100");
        }
        if (!(s.rateTolerance() >= 0 && s.rateTolerance() < 1)) {
            throw error(at + " has rateTolerance = " + s.rateTolerance() + "; use a fraction from 0 to below 1, such "
                    + "as 0.05");
        }
        if (s.maxInFlight() < 1) {
            throw error(at + " has maxInFlight = " + s.maxInFlight() + "; use 1 or more, such as 64");
        }
        if (s.findMaxRate()) {
            if (!(s.minQps() > 0 && s.maxQps() > s.minQps()) || Double.isInfinite(s.maxQps())) {
                throw error(at + " searches rates from minQps = " + s.minQps() + " to maxQps = " + s.maxQps()
                        + "; give 0 < minQps < maxQps, such as minQps = 1, maxQps = 200");
            }
            if (s.probeQueries() < 2 || s.probes() < 2) {
                throw error(at + " has probeQueries = " + s.probeQueries() + " and probes = " + s.probes()
                        + "; use at least 2 of each (the defaults are 100 and 8)");
            }
            if (s.targetQps() != 0) {
                throw error(at + " sets both targetQps and findMaxRate; the search chooses the rate: remove targetQps");
            }
        } else if (!(s.targetQps() > 0) || Double.isInfinite(s.targetQps())) {
            throw error(at + " has no target rate; set targetQps (queries per second, such as 50), or findMaxRate = "
                    + "true with minQps and maxQps");
        }
        return new ScenarioPlan(kind, 1, s.targetQps(), s.latencyBoundMs(), percentile, s.rateTolerance(),
                s.maxInFlight(), s.findMaxRate(), s.minQps(), s.maxQps(), s.probeQueries(), s.probes());
    }

    /** The node's name after the model's: {@code scenario server @ 50/s}. */
    String label(int batch) {
        return "scenario " + switch (kind) {
            case SINGLE_STREAM -> "single-stream";
            case OFFLINE -> "offline \u00d7 " + concurrency + (batch > 0 ? ", batches of " + batch : "");
            case SERVER -> findMaxRate ? "server, highest rate in " + rate(minQps) + "\u2013" + rate(maxQps) + "/s"
                    : "server @ " + rate(targetQps) + "/s";
        };
    }

    private static String rate(double qps) {
        return qps == Math.rint(qps) ? String.valueOf((long) qps) : String.valueOf(qps);
    }

    private static ExtensionConfigurationException error(String message) {
        return new ExtensionConfigurationException("Configuration error: " + message);
    }
}
