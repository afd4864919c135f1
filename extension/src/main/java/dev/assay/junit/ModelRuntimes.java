package dev.assay.junit;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code ModelRuntimes} is used by resource resolvers ({@code @Onnx}, {@code @Provider}) to say what
 * actually ran a model: execution provider, device, model size, parameter count, load time. The
 * facts land in the model's {@code runtime} object of {@code summary.json} and in the reports.
 *
 * <p>Keys are the summary's snake_case names ({@code execution_provider}, {@code device},
 * {@code model_bytes}, {@code parameters}, {@code load_ms}, {@code provider}); other keys are kept
 * as extra facts.
 */
public final class ModelRuntimes {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ModelRuntimes.class);

    private ModelRuntimes() {
    }

    /**
     * Records runtime facts for the model of the {@code @BenchmarkTest} method that {@code context}
     * belongs to; later facts for the same key replace earlier ones.
     */
    public static void record(ExtensionContext context, Map<String, ?> facts) {
        String benchmark = context.getRequiredTestClass().getAnnotation(Benchmark.class) != null
                ? context.getRequiredTestClass().getAnnotation(Benchmark.class).value()
                : context.getRequiredTestClass().getSimpleName();
        BenchmarkTest test = context.getRequiredTestMethod().getAnnotation(BenchmarkTest.class);
        String model = test != null ? test.model() : context.getRequiredTestMethod().getName();
        all(context).computeIfAbsent(benchmark + "\u0000" + model, k -> new ConcurrentHashMap<>()).putAll(facts);
    }

    /** The facts recorded for a model of a benchmark, in no particular order; empty when none. */
    static Map<String, Object> of(ExtensionContext context, String benchmark, String model) {
        Map<String, Object> facts = all(context).get(benchmark + "\u0000" + model);
        return facts == null ? Map.of() : new LinkedHashMap<>(facts);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> all(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent("runtimes", k -> new ConcurrentHashMap<String, Map<String, Object>>(), Map.class);
    }
}
