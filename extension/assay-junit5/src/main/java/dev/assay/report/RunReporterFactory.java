package dev.assay.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * {@code RunReporterFactory} is used to add a {@link RunReporter} to every run from the classpath:
 * Assay loads each implementation listed in
 * {@code META-INF/services/dev.assay.report.RunReporterFactory} with {@link java.util.ServiceLoader}
 * and asks it for the run's reporter. {@code assay-allure} registers its Allure reporter this way,
 * so adding the jar to the test classpath is all it takes.
 *
 * <pre>{@code
 * public final class CsvReporterFactory implements RunReporterFactory {
 *     @Override
 *     public RunReporter create(ReporterSettings settings) {
 *         return new CsvReporter(settings.config("assay.csv.dir").orElse("target/assay-csv"));
 *     }
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface RunReporterFactory {

    /**
     * The reporter for one run.
     *
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException when a setting it reads is invalid
     */
    RunReporter create(ReporterSettings settings);
}
