package dev.assay.allure;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * {@code AllureSettings} is the Allure part of the run's configuration, read from JUnit configuration
 * parameters ({@code junit-platform.properties} or {@code -D}); every key is documented in
 * {@code docs/allure.md}.
 *
 * <pre>{@code
 * assay.allure.cases=sample:500
 * assay.allure.leaderboardMetric=f1_macro
 * }</pre>
 *
 * @param cases which per-case results go to Allure
 * @param leaderboardMetric the metric the leaderboard ranks on, or null for each benchmark's first threshold metric
 */
@API(status = INTERNAL, since = "0.1")
public record AllureSettings(CaseSelection cases, String leaderboardMetric) {

    /** {@code assay.allure.cases}: {@code auto} (default), {@code all}, {@code failed}, {@code sample:N} or {@code none}. */
    public static final String CASES_KEY = "assay.allure.cases";
    /** {@code assay.allure.leaderboardMetric}: the metric the leaderboard ranks models on. */
    public static final String LEADERBOARD_METRIC_KEY = "assay.allure.leaderboardMetric";

    /** Defaults: {@code auto} cases, leaderboard on each benchmark's first threshold metric. */
    public static AllureSettings defaults() {
        return new AllureSettings(CaseSelection.auto(), null);
    }

    /**
     * Reads the settings from configuration parameters.
     *
     * @throws ExtensionConfigurationException naming the key, the value and the accepted forms
     */
    public static AllureSettings read(Function<String, Optional<String>> config) {
        CaseSelection cases = config.apply(CASES_KEY).map(v -> {
            try {
                return CaseSelection.parse(v);
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException("Configuration error: " + CASES_KEY + " is [" + v
                        + "]; use auto, all, failed, none or sample:N (such as sample:500)", e);
            }
        }).orElse(CaseSelection.auto());
        String metric = config.apply(LEADERBOARD_METRIC_KEY).map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
        return new AllureSettings(cases, metric);
    }
}
