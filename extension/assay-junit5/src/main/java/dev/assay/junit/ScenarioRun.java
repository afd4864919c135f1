package dev.assay.junit;

import dev.assay.scenario.ArrivalSchedule;
import dev.assay.scenario.ScenarioFigures;
import dev.assay.scenario.ScenarioResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ScenarioRun} issues a scenario's queries to the model and measures them: single-stream on
 * the node's thread, one query after the other; offline from a pool of workers that each take the
 * next query until none is left; server through {@link ServerRun} (after a {@link RateSearch} when
 * the scenario asks for one).
 */
final class ScenarioRun {

    private ScenarioRun() {
    }

    /** Runs every query of the scenario and returns its figures. */
    static ScenarioResult run(BenchmarkState state, BenchmarkState.ModelPlan plan, ModelCall call,
                              List<RoundBatch> queries) throws InterruptedException {
        ScenarioPlan scenario = plan.scenario();
        int cases = queries.stream().mapToInt(RoundBatch::size).sum();
        return switch (scenario.kind()) {
            case SINGLE_STREAM -> singleStream(call, queries, cases, scenario.percentile());
            case OFFLINE -> offline(call, queries, cases, scenario.concurrency(), plan.batched() ? plan.batch() : null);
            case SERVER -> server(state, plan, call, queries);
        };
    }

    private static ScenarioResult singleStream(ModelCall call, List<RoundBatch> queries, int cases, double percentile) {
        long[] latencies = new long[queries.size()];
        long first = System.nanoTime();
        long last = first;
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            last = call.serve(queries.get(i), start, true);
            latencies[i] = last - start;
        }
        return ScenarioFigures.singleStream(latencies, cases, last - first, percentile);
    }

    private static ScenarioResult offline(ModelCall call, List<RoundBatch> queries, int cases, int concurrency,
                                          Integer batch) throws InterruptedException {
        long[] latencies = new long[queries.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicLong last = new AtomicLong();
        int workers = Math.max(1, Math.min(concurrency, queries.size()));
        ExecutorService pool = call.threads(workers);
        long first = System.nanoTime();
        try {
            List<Callable<Void>> tasks = new ArrayList<>(workers);
            for (int w = 0; w < workers; w++) {
                tasks.add(() -> {
                    // Each worker takes the next query the moment it is free: every query once, none waiting on another.
                    for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        long end = call.serve(queries.get(i), start, true);
                        latencies[i] = end - start;
                        last.accumulateAndGet(end, Math::max);
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("an offline worker of the scenario failed", e.getCause());
        } finally {
            stop(pool);
        }
        // The workers that ran: fewer than declared when there are fewer queries.
        return ScenarioFigures.offline(latencies, cases, workers, batch, last.get() - first);
    }

    private static ScenarioResult server(BenchmarkState state, BenchmarkState.ModelPlan plan, ModelCall call,
                                         List<RoundBatch> queries) throws InterruptedException {
        ScenarioPlan scenario = plan.scenario();
        long seed = ArrivalSchedule.seed(state.run().config().estimator().seed(), state.name(), plan.model());
        ScenarioResult.Search search = null;
        double qps = scenario.targetQps();
        if (scenario.findMaxRate()) {
            search = RateSearch.search(scenario, seed, schedule -> {
                int failedBefore = call.probeFailures();
                ScenarioResult probe = ServerRun.run(call, scenario, schedule, i -> ScenarioQueries.probe(state, plan, i),
                        false);
                // A model that throws answers fast: a probe with a failed query is no evidence the rate holds.
                int failed = call.probeFailures() - failedBefore;
                return failed == 0 ? probe : probe.withVerdict(ScenarioResult.INVALID, failed + " of " + schedule.size()
                        + " probe queries threw: " + call.probeFailure());
            });
            qps = search.maxValidQps() != null ? search.maxValidQps() : scenario.minQps();
        }
        ArrivalSchedule schedule = ArrivalSchedule.poisson(qps, queries.size(), seed);
        ScenarioResult result = ServerRun.run(call, scenario, schedule, queries::get, true);
        return search == null ? result : result.withSearch(search);
    }

    /**
     * Stops a scenario's workers and waits (up to 30 s) until they have: a worker still finishing its call
     * after an interrupt must be done before the node records what did not run.
     */
    static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                System.err.println("[assay] WARNING: a scenario's worker did not stop within 30 s of being interrupted");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
