package dev.assay.junit;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * {@code CaseTracker} knows, per model of one benchmark, whether its method has started, whether
 * all its case nodes have been listed, how many of them will run and how many have ended; and it
 * lets summary and comparison nodes wait until the cases they judge have all ended.
 *
 * <p>It has its own lock, apart from the one that orders journal writes, so waiting never holds
 * up recording.
 */
final class CaseTracker {

    /**
     * How long a comparison waits for a model whose method has not started once nothing else of the
     * benchmark is running. JUnit forks every method of a class at once and adds a thread for each
     * node that blocks, so a method that will run starts at once when threads free up; one that
     * never starts was filtered out of the run (an IDE or {@code -Dtest=Class#method} selection).
     */
    static final long NOT_STARTED_GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final Set<String> started = new HashSet<>();
    private final Set<String> listed = new HashSet<>();
    private final Map<String, Set<String>> registered = new HashMap<>();
    private final Map<String, Integer> ended = new HashMap<>();
    private long lastActivity = System.nanoTime();

    /** The model's method has started producing its nodes. */
    synchronized void methodStarted(String model) {
        started.add(model);
        touch();
    }

    /** Every case node of the model's method has been produced (selected or not). */
    synchronized void casesListed(String model) {
        listed.add(model);
        touch();
    }

    /** A case node will run: Jupiter asks for its display name only when it builds a selected node. */
    synchronized void caseRegistered(String model, String caseKey) {
        registered.computeIfAbsent(model, k -> new HashSet<>()).add(caseKey);
        touch();
    }

    /** Cases of the model have ended: recorded, or disabled and never run. */
    synchronized void casesEnded(String model, int cases) {
        ended.merge(model, cases, Integer::sum);
        touch();
    }

    private void touch() {
        lastActivity = System.nanoTime();
        notifyAll();
    }

    /**
     * Waits until every case node of the given models that is in this run has ended. A model whose
     * method has started is waited for until all its nodes are listed and have ended; one whose
     * method has not started is waited for until it starts, or until the benchmark has been idle
     * for {@link #NOT_STARTED_GRACE_NANOS} (it is not part of this run).
     *
     * <p>The wait is a {@link ForkJoinPool#managedBlock managed block}: JUnit runs tests in a
     * fork-join pool, which then adds a thread for as long as this one waits, so the cases still
     * queued behind a waiting node always get a thread and a small pool cannot deadlock.
     */
    void await(Collection<String> models) throws InterruptedException {
        ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
            @Override
            public boolean block() throws InterruptedException {
                synchronized (CaseTracker.this) {
                    long wait;
                    while ((wait = nanosToWait(models)) > 0) {
                        TimeUnit.NANOSECONDS.timedWait(CaseTracker.this, wait);
                    }
                }
                return true;
            }

            @Override
            public boolean isReleasable() {
                synchronized (CaseTracker.this) {
                    return nanosToWait(models) == 0;
                }
            }
        });
    }

    /** 0 when nothing is left to wait for; else how long to wait at most before looking again. */
    private long nanosToWait(Collection<String> models) {
        boolean unstarted = false;
        for (String model : models) {
            if (!started.contains(model)) {
                unstarted = true;
            } else if (!listed.contains(model) || inFlight(model)) {
                return Long.MAX_VALUE;
            }
        }
        if (!unstarted) {
            return 0;
        }
        for (String model : started) {
            if (!listed.contains(model) || inFlight(model)) {
                return Long.MAX_VALUE;     // work is going on: an unstarted method may still be queued behind it
            }
        }
        long idle = System.nanoTime() - lastActivity;
        return Math.max(0, NOT_STARTED_GRACE_NANOS - idle);
    }

    private boolean inFlight(String model) {
        return ended.getOrDefault(model, 0) < registered.getOrDefault(model, Set.of()).size();
    }
}
