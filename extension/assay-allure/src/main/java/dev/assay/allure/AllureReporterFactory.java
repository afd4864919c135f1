package dev.assay.allure;

import dev.assay.report.ReporterSettings;
import dev.assay.report.RunReporter;
import dev.assay.report.RunReporterFactory;

/**
 * {@code AllureReporterFactory} adds the {@link AllureReporter} to every run when {@code assay-allure}
 * is on the test classpath (registered in {@code META-INF/services/dev.assay.report.RunReporterFactory}).
 */
public final class AllureReporterFactory implements RunReporterFactory {

    @Override
    public RunReporter create(ReporterSettings settings) {
        return AllureReporter.create(settings::config, settings.seed());
    }
}
