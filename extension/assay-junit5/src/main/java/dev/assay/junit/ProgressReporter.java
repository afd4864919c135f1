package dev.assay.junit;

import java.time.Duration;
import java.util.Locale;

/**
 * {@code ProgressReporter} prints one progress line for a long benchmark at most every few
 * seconds — cases done of total, rate and time left — so a CI log shows life without flooding.
 */
final class ProgressReporter {

    private final long intervalNanos;
    private long lastPrint = System.nanoTime();

    ProgressReporter(int intervalSeconds) {
        this.intervalNanos = Duration.ofSeconds(Math.max(1, intervalSeconds)).toNanos();
    }

    /** Called after each case; prints only when the interval has passed. */
    synchronized void caseDone(String what, int done, int total, long startedNanos) {
        long now = System.nanoTime();
        if (now - lastPrint < intervalNanos || done >= total) {
            return;
        }
        lastPrint = now;
        double seconds = (now - startedNanos) / 1e9;
        double rate = done / Math.max(seconds, 1e-9);
        long left = Math.round((total - done) / Math.max(rate, 1e-9));
        System.out.println(String.format(Locale.ROOT, "[assay] %s: %,d/%,d cases (%,.0f/s, ~%s left)", what, done,
                total, rate, left >= 60 ? (left / 60) + "m" + (left % 60) + "s" : left + "s"));
    }
}
