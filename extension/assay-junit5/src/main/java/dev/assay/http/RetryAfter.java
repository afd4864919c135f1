package dev.assay.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.apiguardian.api.API;

/** {@code RetryAfter} reads an HTTP {@code Retry-After} header, for every client that retries (LLM providers, inference servers). */
@API(status = INTERNAL, since = "0.1")
public final class RetryAfter {

    private RetryAfter() {
    }

    /** {@code Retry-After} as seconds or as an HTTP date, in milliseconds from now; -1 when unreadable (absent). */
    public static long millis(String value) {
        String v = value.strip();
        try {
            return (long) (Double.parseDouble(v) * 1000);
        } catch (NumberFormatException e) {
            try {
                return Math.max(0, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli()
                        - System.currentTimeMillis());
            } catch (RuntimeException unreadable) {
                return -1;
            }
        }
    }
}
