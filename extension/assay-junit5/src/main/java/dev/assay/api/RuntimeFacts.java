package dev.assay.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code RuntimeFacts} is used by resource resolvers ({@code @Onnx}, {@code @Provider}, or a user's
 * own) to say what actually ran a model: execution provider, device, model size, parameter count,
 * load time. The facts land in the model's {@code runtime} object of {@code summary.json} and in the
 * reports.
 *
 * <p>Keys are the summary's snake_case names ({@code execution_provider}, {@code device},
 * {@code model_bytes}, {@code parameters}, {@code load_ms}, {@code provider}); other keys are kept
 * as extra facts.
 *
 * <pre>{@code
 * public Object resolveParameter(ParameterContext p, ExtensionContext context) {
 *     RuntimeFacts.record(context, Map.of("provider", "my-server", "device", "cpu"));
 *     return client;
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RuntimeFacts {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RuntimeFacts.class);

    private RuntimeFacts() {
    }

    /**
     * Records runtime facts for the model of the {@code @BenchmarkTest} method that {@code context}
     * belongs to; later facts for the same key replace earlier ones.
     */
    public static void record(ExtensionContext context, Map<String, ?> facts) {
        Benchmark benchmark = context.getRequiredTestClass().getAnnotation(Benchmark.class);
        String name = benchmark != null ? benchmark.value() : context.getRequiredTestClass().getSimpleName();
        BenchmarkTest test = context.getRequiredTestMethod().getAnnotation(BenchmarkTest.class);
        String model = test != null ? test.model() : context.getRequiredTestMethod().getName();
        all(context).computeIfAbsent(new ModelKey(name, model), k -> new ConcurrentHashMap<>()).putAll(facts);
    }

    /** The facts recorded for a model of a benchmark, in no particular order; empty when none. */
    @API(status = API.Status.INTERNAL, since = "0.1")
    public static Map<String, Object> of(ExtensionContext context, String benchmark, String model) {
        Map<String, Object> facts = all(context).get(new ModelKey(benchmark, model));
        return facts == null ? Map.of() : new LinkedHashMap<>(facts);
    }

    @SuppressWarnings("unchecked")
    private static Map<ModelKey, Map<String, Object>> all(ExtensionContext context) {
        // getOrComputeIfAbsent: present from JUnit 5.10 to 6.x (computeIfAbsent came in 5.13).
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("runtimes", k -> new ConcurrentHashMap<ModelKey, Map<String, Object>>(), Map.class);
    }

    private record ModelKey(String benchmark, String model) {
    }
}
