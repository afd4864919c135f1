package dev.assay.junit;

import dev.assay.scenario.ArrivalSchedule;
import dev.assay.scenario.ScenarioFigures;
import dev.assay.scenario.ScenarioResult;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code RateSearch} finds the highest server rate that stays {@code VALID}, as LoadGen's
 * FindPeakPerformance mode does with its binary search: probe the lowest rate (if even that is
 * {@code INVALID}, there is none), then the highest (if that holds, it is the answer), then the midpoint
 * of the highest valid and the lowest invalid rate found so far, until the probes are spent or the two
 * are within 0.1 queries per second (LoadGen's default precision of one decimal). Each probe is a short
 * run of {@code probeQueries} queries with its own seed, derived from the scenario's.
 */
final class RateSearch {

    /** LoadGen's {@code server_find_peak_qps_decimals_of_precision = 1}. */
    private static final double PRECISION_QPS = 0.1;

    private RateSearch() {
    }

    /** Runs one probe on a schedule. */
    @FunctionalInterface
    interface Prober {
        /** The verdict and figures of the probe on {@code schedule}. */
        ScenarioResult probe(ArrivalSchedule schedule) throws InterruptedException;
    }

    /** Searches between the scenario's bounds and returns every probe and the highest valid rate. */
    static ScenarioResult.Search search(ScenarioPlan scenario, long seed, Prober prober) throws InterruptedException {
        List<ScenarioResult.Probe> probes = new ArrayList<>();
        double valid = scenario.minQps();
        double invalid = scenario.maxQps();
        if (!probe(scenario, seed, prober, valid, probes)) {
            return done(scenario, null, probes);
        }
        if (probe(scenario, seed, prober, invalid, probes)) {
            return done(scenario, invalid, probes);
        }
        while (probes.size() < scenario.probes() && invalid - valid > PRECISION_QPS) {
            double mid = (valid + invalid) / 2;
            if (probe(scenario, seed, prober, mid, probes)) {
                valid = mid;
            } else {
                invalid = mid;
            }
        }
        return done(scenario, valid, probes);
    }

    private static boolean probe(ScenarioPlan scenario, long seed, Prober prober, double qps,
                                 List<ScenarioResult.Probe> probes) throws InterruptedException {
        ArrivalSchedule schedule = ArrivalSchedule.poisson(qps, scenario.probeQueries(),
                ArrivalSchedule.derive(seed, probes.size()));
        ScenarioResult.Probe probe = ScenarioFigures.probe(prober.probe(schedule));
        probes.add(probe);
        return ScenarioResult.VALID.equals(probe.verdict());
    }

    private static ScenarioResult.Search done(ScenarioPlan scenario, Double maxValid, List<ScenarioResult.Probe> probes) {
        return new ScenarioResult.Search(scenario.minQps(), scenario.maxQps(), scenario.probeQueries(), maxValid,
                List.copyOf(probes));
    }
}
