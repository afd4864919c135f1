package dev.assay.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Evaluates {@code count} numbered tasks on a few threads. Result {@code i} always lands in slot
 * {@code i}, so the outcome does not depend on the number of threads or on scheduling; each
 * worker gets its own {@link Workspace} so row arrays are reused rather than allocated per task.
 */
final class ParallelEvaluator {

    /** One numbered evaluation. */
    @FunctionalInterface
    interface Task {
        double evaluate(int index, Workspace workspace);
    }

    /** Row and value arrays owned by one worker thread, reused across its tasks. */
    static final class Workspace {
        // Two slots: a grouped jackknife needs arrays of two lengths.
        private int[] first = new int[0];
        private int[] second = new int[0];
        private double[] values = new double[0];
        private double[] block = new double[0];

        /** A value array of at least {@code length}, for a family of metrics computed together. */
        double[] values(int length) {
            if (values.length < length) {
                values = new double[length];
            }
            return values;
        }

        /** A second value array of at least {@code length}: a family's values of several resamples. */
        double[] block(int length) {
            if (block.length < length) {
                block = new double[length];
            }
            return block;
        }

        int[] rows(int length) {
            if (first.length == length) {
                return first;
            }
            if (second.length == length) {
                return second;
            }
            second = first;
            first = new int[length];
            return first;
        }
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    /**
     * Shared by every evaluation of the JVM: a summary runs one per metric and comparison, and
     * starting fresh threads for each cost more than a small benchmark's resampling. Cached, so
     * concurrent summaries (parallel test execution) each get their workers and idle ones go away.
     * A worker waits on nothing but a nested evaluation (a family's BCa jackknife, which the first
     * worker to need it runs while the others wait for it), and the cached pool gives that
     * evaluation threads of its own, so sharing cannot deadlock.
     */
    private static final ExecutorService POOL = Executors.newCachedThreadPool(runnable -> {
        Thread t = new Thread(runnable, "assay-stats-" + THREADS.incrementAndGet());
        t.setDaemon(true); // never keep a test JVM alive
        return t;
    });

    private ParallelEvaluator() {
    }

    static double[] evaluate(int count, int threads, Task task) {
        return evaluate(count, threads, task, () -> { });
    }

    /**
     * Like {@link #evaluate(int, int, Task)}, and meanwhile runs {@code alongside} on the calling
     * thread, which would otherwise only wait for the workers: a bootstrap computes the metric on
     * the whole data there, which for a million rows is as much work as hundreds of resamples.
     */
    static double[] evaluate(int count, int threads, Task task, Runnable alongside) {
        double[] results = new double[count];
        int workers = Math.min(threads, count);
        if (workers <= 1) {
            alongside.run();
            Workspace workspace = new Workspace();
            for (int i = 0; i < count; i++) {
                results[i] = task.evaluate(i, workspace);
            }
            return results;
        }
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>(workers);
        try {
            for (int w = 0; w < workers; w++) {
                futures.add(POOL.submit(() -> {
                    Workspace workspace = new Workspace();
                    try {
                        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                            results[i] = task.evaluate(i, workspace);
                        }
                    } catch (RuntimeException | Error e) {
                        next.set(count); // stop the other workers early
                        throw e;
                    }
                    return null;
                }));
            }
            try {
                alongside.run();
            } catch (RuntimeException | Error e) {
                next.set(count); // the workers' results would be thrown away
                throw e;
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return results;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while resampling", e);
        } finally {
            // On failure or interruption the other workers stop after the task they are on.
            next.set(count);
        }
    }
}
