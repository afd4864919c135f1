package dev.assay.junit;

import dev.assay.scenario.ArrivalSchedule;
import dev.assay.scenario.ScenarioFigures;
import dev.assay.scenario.ScenarioResult;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * {@code ServerRun} issues queries at the times of an {@link ArrivalSchedule}, as LoadGen's server
 * scenario does: each query at its scheduled time whether or not earlier ones have finished, so a
 * model slower than the arrivals builds a queue and its latency (counted from the scheduled time)
 * shows it. At most {@code maxInFlight} queries run at once; a query due while all slots are taken is
 * issued when one frees, late, which the achieved issue rate reports.
 */
final class ServerRun {

    private ServerRun() {
    }

    /**
     * Runs the schedule and judges it.
     *
     * @param queries query {@code i} of the schedule
     * @param journaled false for a probe, whose cases are not recorded
     */
    static ScenarioResult run(ModelCall call, ScenarioPlan scenario, ArrivalSchedule schedule,
                              IntFunction<RoundBatch> queries, boolean journaled) throws InterruptedException {
        int n = schedule.size();
        long[] issued = new long[n];
        long[] finished = new long[n];
        Semaphore slots = new Semaphore(scenario.maxInFlight());
        CountDownLatch done = new CountDownLatch(n);
        ExecutorService pool = call.threads(Math.min(scenario.maxInFlight(), n));
        long start = System.nanoTime();
        try {
            for (int i = 0; i < n; i++) {
                long due = start + schedule.offsetNanos(i);
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                    // parkNanos returns at once while the interrupt flag is set: stop rather than spin.
                    if (Thread.interrupted()) {
                        throw new InterruptedException("server scenario interrupted");
                    }
                }
                slots.acquire();
                issued[i] = System.nanoTime() - start;
                RoundBatch query = queries.apply(i);
                int index = i;
                pool.execute(() -> {
                    try {
                        finished[index] = call.serve(query, due, journaled) - start;
                    } finally {
                        slots.release();
                        done.countDown();
                    }
                });
            }
            // The latch orders the workers' writes to finished[] before the reads below.
            done.await();
        } finally {
            ScenarioRun.stop(pool);
        }
        return ScenarioFigures.server(schedule, issued, finished, scenario.maxInFlight(), scenario.latencyBoundMs(),
                scenario.percentile(), scenario.rateTolerance());
    }
}
