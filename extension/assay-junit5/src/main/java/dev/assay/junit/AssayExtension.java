package dev.assay.junit;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.api.RuntimeFacts;
import dev.assay.logging.QuietLogging;
import dev.assay.report.Summary;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code AssayExtension} is registered by {@code @Benchmark}: before any case of the class runs it
 * loads and checks the benchmark (dataset, methods, thresholds), and after the last one it writes
 * the benchmark into {@code summary.json} and prints its table.
 */
@API(status = INTERNAL, since = "0.1")
public final class AssayExtension implements BeforeAllCallback, AfterAllCallback {

    static {
        QuietLogging.apply();
    }

    private static final String AUTODETECTION_KEY = "junit.jupiter.extensions.autodetection.enabled";

    @Override
    public void beforeAll(ExtensionContext context) {
        String unrunnable = RunnableMethodCheck.message(context.getRequiredTestClass());
        if (unrunnable != null) {
            throw new ExtensionConfigurationException(unrunnable);
        }
        RunContext run = RunContext.of(context);
        boolean autodetection = context.getConfigurationParameter(AUTODETECTION_KEY).map(Boolean::parseBoolean)
                .orElse(false);
        BenchmarkState state = new BenchmarkSetup(context.getRequiredTestClass(), run, autodetection).build();
        BenchmarkState.put(context, state);
        run.register(state.spec());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        BenchmarkState state = context.getStore(ExtensionContext.Namespace.create(BenchmarkState.class))
                .get(BenchmarkState.class, BenchmarkState.class);
        if (state == null) {
            return;
        }
        state.plans().keySet().forEach(model -> state.spec().models.get(model).runtime =
                nullIfEmpty(RuntimeFacts.of(context, state.name(), model)));
        Summary.BenchmarkResult result = state.result();
        state.run().finish(state.spec(), result);
    }

    private static java.util.Map<String, Object> nullIfEmpty(java.util.Map<String, Object> facts) {
        return facts.isEmpty() ? null : facts;
    }
}
