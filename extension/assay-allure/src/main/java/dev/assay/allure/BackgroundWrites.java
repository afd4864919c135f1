package dev.assay.allure;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code BackgroundWrites} is used to take Allure's file writes off the test thread: writes run one
 * at a time, in the order they were handed over, on one daemon thread, while the next case runs.
 * Creating a result file and two attachments cost a case ~3 ms on a small machine, as much as a
 * third of a fast model's own time; the journal, which is the record that must survive a kill, is
 * still written on the test thread.
 *
 * <p>{@link #flush} waits until everything handed over is on disk: a run calls it when it ends, and
 * a shutdown hook calls it when the JVM exits, so the results that allure-jupiter writes after the
 * run (its last containers) are not lost either. At most {@value #CAPACITY} writes wait; a test
 * thread that gets further ahead waits for the disk.
 */
final class BackgroundWrites {

    private static final int CAPACITY = 4096;
    private static final long EXIT_DRAIN_SECONDS = 60;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final BlockingQueue<Runnable> pending = new LinkedBlockingQueue<>(CAPACITY);
    private final String description;
    private Thread worker;

    /** Writes for {@code description} (the results folder, for thread names and messages). */
    BackgroundWrites(String description) {
        this.description = description;
    }

    /** Hands over one write; it must not throw (writes log their own failures). */
    void submit(Runnable write) {
        start();
        try {
            pending.put(write);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            write.run(); // an interrupted test thread still gets its result written, just not in the background
        }
    }

    /** Waits until every write handed over so far is done, or {@code seconds} have passed. */
    boolean flush(long seconds) {
        synchronized (this) {
            if (worker == null) {
                return true;
            }
        }
        CountDownLatch done = new CountDownLatch(1);
        submit(done::countDown);
        try {
            return done.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized void start() {
        if (worker != null) {
            return;
        }
        worker = new Thread(this::drainForever, "assay-allure-writer-" + THREADS.incrementAndGet());
        worker.setDaemon(true); // never keep a test JVM alive; the shutdown hook drains instead
        worker.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!flush(EXIT_DRAIN_SECONDS)) {
                System.err.println("[assay] WARNING: Allure results for [" + description + "] were still being "
                        + "written when the JVM exited; the report may lack the last ones");
            }
        }, "assay-allure-drain"));
    }

    private void drainForever() {
        while (true) {
            try {
                pending.take().run();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // A write logs its own failure; this keeps one unexpected error from stopping the rest.
                ReportingFailures.log(description, e);
            }
        }
    }
}
