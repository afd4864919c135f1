package dev.assay.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * {@code ProviderMode} is used to choose, with {@code assay.provider.mode}, whether provider calls go
 * to the network, to the recordings under {@code fixtures/recordings/}, or both.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ProviderMode {
    /** Every call goes to the provider; nothing is recorded. */
    LIVE,
    /** Every call goes to the provider and its reply is recorded (replacing an earlier recording of the same request). */
    RECORD,
    /** Every call is answered from the recordings; a request never recorded fails with a {@link ReplayMissException}. CI uses this. */
    REPLAY,
    /** Recorded requests are replayed; the others go to the provider and are recorded. The default. */
    AUTO;

    /** Parses a configuration value, naming the allowed ones when it is not one of them. */
    public static ProviderMode parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Configuration error: [" + ProviderSettings.MODE_KEY + "] is [" + value
                    + "]; use live, record, replay or auto", e);
        }
    }
}
