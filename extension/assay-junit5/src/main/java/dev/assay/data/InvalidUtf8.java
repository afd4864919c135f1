package dev.assay.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * {@code InvalidUtf8} says what reading a dataset does with bytes that are not UTF-8
 * ({@code assay.dataset.invalidUtf8}): fail, naming the file, line and byte (the default: two
 * distinct labels would otherwise both read as {@code �} and merge), or read them as {@code U+FFFD}
 * with a warning.
 */
@API(status = INTERNAL, since = "0.1")
public enum InvalidUtf8 {
    /** A configuration error naming the file, the line and the byte offset. */
    FAIL,
    /** Read as U+FFFD, with a warning naming the file and line. */
    REPLACE;

    /** The configuration key. */
    public static final String KEY = "assay.dataset.invalidUtf8";

    /**
     * The policy a configuration value names.
     *
     * @throws IllegalArgumentException with what is accepted, for any other value
     */
    public static InvalidUtf8 parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "fail" -> FAIL;
            case "replace" -> REPLACE;
            default -> throw new IllegalArgumentException("Configuration error: " + KEY + " is [" + value
                    + "]; use fail (the default) or replace");
        };
    }
}
