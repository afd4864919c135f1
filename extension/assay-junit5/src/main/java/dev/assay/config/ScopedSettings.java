package dev.assay.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * {@code ScopedSettings} reads the configuration keys of one named resource (an LLM provider, an
 * inference server): {@code PREFIX + NAME + "." + KEY} first, then the default for every resource,
 * {@code PREFIX + KEY}. Values are parsed strictly, and a bad one is an error naming the key, the
 * value and what is accepted.
 *
 * <pre>{@code
 * ScopedSettings s = new ScopedSettings("assay.provider.", "groq", context::getConfigurationParameter);
 * long timeout = s.number("timeoutMs", 60_000);   // assay.provider.groq.timeoutMs, else assay.provider.timeoutMs
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class ScopedSettings {

    private final String prefix;
    private final String name;
    private final Function<String, Optional<String>> config;

    /**
     * Settings under {@code prefix} for the resource {@code name}; a null name reads only the shared keys.
     *
     * @param config a full key to its value, as {@code ExtensionContext::getConfigurationParameter}
     */
    public ScopedSettings(String prefix, String name, Function<String, Optional<String>> config) {
        this.prefix = prefix;
        this.name = name;
        this.config = config;
    }

    /** The key a message should name for {@code key}: the resource's own one, or the shared one without a name. */
    public String key(String key) {
        return prefix + (name == null ? "" : name + ".") + key;
    }

    /** The value of {@code key}, stripped: the resource's own, else the shared one. */
    public Optional<String> string(String key) {
        Optional<String> own = name == null ? Optional.empty() : config.apply(prefix + name + "." + key);
        return (own.isPresent() ? own : config.apply(prefix + key)).map(String::strip);
    }

    /**
     * A whole number of 0 or more, or {@code fallback} when unset.
     *
     * @throws IllegalArgumentException naming the key and the value, for anything else
     */
    public long number(String key, long fallback) {
        Optional<String> v = string(key);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.get());
            if (n < 0) {
                throw new NumberFormatException("negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Configuration error: [" + key(key) + "] is [" + v.get()
                    + "]; expected a whole number of 0 or more", e);
        }
    }

    /**
     * A decimal number, or null when unset.
     *
     * @throws IllegalArgumentException naming the key and the value, for anything else
     */
    public Double decimal(String key) {
        Optional<String> v = string(key);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(v.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Configuration error: [" + key(key) + "] is [" + v.get()
                    + "]; expected a number such as [0.15]", e);
        }
    }
}
