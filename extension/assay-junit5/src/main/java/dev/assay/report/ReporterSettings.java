package dev.assay.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * {@code ReporterSettings} is what a {@link RunReporterFactory} gets to build a run's reporter: the
 * run's configuration parameters and its seed.
 *
 * @param parameters the JUnit configuration parameters of the run ({@code assay.*} and any other key)
 * @param seed the run's {@code assay.seed}, for reporters that sample (which cases to show)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReporterSettings(Function<String, Optional<String>> parameters, long seed) {

    /** The configuration parameter {@code key}, when it is set. */
    public Optional<String> config(String key) {
        return parameters.apply(key);
    }
}
