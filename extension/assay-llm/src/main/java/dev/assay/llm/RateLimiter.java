package dev.assay.llm;

import java.util.concurrent.TimeUnit;

/**
 * A token bucket refilled continuously at {@code perMinute}/60 s, holding at most a minute's worth:
 * a caller takes what it needs at once and sleeps off any deficit, so waiting callers queue in the
 * order they asked. Token budgets are taken as estimates and corrected with {@link #adjust(double)}
 * once the provider has said how many tokens a call used.
 */
final class RateLimiter {

    private final double capacity;
    private final double perNano;
    private double available;
    private long last;

    RateLimiter(int perMinute) {
        this.capacity = perMinute;
        this.perNano = perMinute / 60e9;
        this.available = perMinute;
        this.last = System.nanoTime();
    }

    void acquire(double amount) throws InterruptedException {
        long waitNanos;
        synchronized (this) {
            refill();
            available -= Math.min(amount, capacity);
            waitNanos = available >= 0 ? 0 : (long) (-available / perNano);
        }
        if (waitNanos > 0) {
            TimeUnit.NANOSECONDS.sleep(waitNanos);
        }
    }

    synchronized void adjust(double extraUsed) {
        refill();
        available = Math.min(capacity, available - extraUsed);
    }

    private void refill() {
        long now = System.nanoTime();
        available = Math.min(capacity, available + (now - last) * perNano);
        last = now;
    }
}
