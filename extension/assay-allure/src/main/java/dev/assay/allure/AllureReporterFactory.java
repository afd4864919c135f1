package dev.assay.allure;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.report.ReporterSettings;
import dev.assay.report.RunReporter;
import dev.assay.report.RunReporterFactory;
import org.apiguardian.api.API;

/**
 * {@code AllureReporterFactory} adds the {@link AllureReporter} to every run when {@code assay-allure}
 * is on the test classpath (registered in {@code META-INF/services/dev.assay.report.RunReporterFactory}).
 */
@API(status = INTERNAL, since = "0.1")
public final class AllureReporterFactory implements RunReporterFactory {

    @Override
    public RunReporter create(ReporterSettings settings) {
        return AllureReporter.create(settings::config, settings.seed());
    }
}
