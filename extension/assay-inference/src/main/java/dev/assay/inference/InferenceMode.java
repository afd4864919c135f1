package dev.assay.inference;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * {@code InferenceMode} is used to choose, with {@code assay.inference.mode}, whether inference calls go
 * to the server, to the recordings under {@code fixtures/recordings/}, or both. Unlike LLM providers,
 * the default is {@link #LIVE}: a tensor model answers the same input the same way, and a benchmark of
 * a served model is meant to measure the server, not a file.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum InferenceMode {
    /** Every call goes to the server; nothing is recorded. The default. */
    LIVE,
    /** Every call goes to the server, and its reply and the model's metadata are recorded. */
    RECORD,
    /** Every call is answered from the recordings, metadata included; no server is needed. A request never recorded fails. */
    REPLAY,
    /** Recorded requests are replayed; the others go to the server and are recorded. */
    AUTO;

    /** Parses a configuration value, naming the allowed ones when it is not one of them. */
    public static InferenceMode parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Configuration error: [" + InferenceSettings.MODE_KEY + "] is [" + value
                    + "]; use live, record, replay or auto", e);
        }
    }
}
