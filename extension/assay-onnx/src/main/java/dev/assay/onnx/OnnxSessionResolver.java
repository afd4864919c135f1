package dev.assay.onnx;

import static org.apiguardian.api.API.Status.INTERNAL;

import ai.onnxruntime.OrtSession;
import dev.assay.data.ProjectPaths;
import dev.assay.api.RuntimeFacts;
import java.lang.reflect.Parameter;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * {@code OnnxSessionResolver} is used to inject {@link Onnx @Onnx} {@link OrtSession} parameters.
 * {@link dev.assay.api.Benchmark @Benchmark} registers it; register it yourself with
 * {@code @ExtendWith(OnnxSessionResolver.class)} to use {@code @Onnx} in a plain test class.
 *
 * <p>Sessions live in the root {@link ExtensionContext.Store}, keyed by model and options, so each is
 * loaded once per run however many tests and threads ask for it, and closed once when the run ends.
 * Every resolution records the model's runtime facts (execution provider, size, parameters, inputs,
 * outputs, opset, producer, load time) through {@link RuntimeFacts}.
 *
 * <pre>{@code
 * @ExtendWith(OnnxSessionResolver.class)
 * class ModelSmokeTest {
 *     @Test
 *     void loads(@Onnx(value = "fixtures/models/digits-mlp.onnx", device = Onnx.Device.CPU) OrtSession s) {
 *         assertThat(s.getInputNames()).containsExactly("pixels");
 *     }
 * }
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class OnnxSessionResolver implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(OnnxSessionResolver.class);
    private static final String ROOT_KEY = "assay.root";

    /** Resolves every {@code @Onnx} parameter; one of another type than {@code OrtSession} is an error. */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        // A cached, direct lookup: isAnnotated re-parses the method's parameter annotations for every case
        // node, and @Onnx targets parameters only, so it cannot be meta-present.
        if (!parameterContext.getParameter().isAnnotationPresent(Onnx.class)) {
            return false;
        }
        Parameter parameter = parameterContext.getParameter();
        if (!OrtSession.class.equals(parameter.getType())) {
            throw new ParameterResolutionException("Configuration error: @Onnx on parameter [" + parameter.getName()
                    + "] of [" + parameterContext.getDeclaringExecutable().getName() + "] needs the type ["
                    + OrtSession.class.getName() + "], not [" + parameter.getType().getName() + "]");
        }
        return true;
    }

    /** Returns the run's shared session for the parameter's model and options, loading it on first use. */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        // Every case of a method resolves the same parameter: after the first, one map lookup, so a
        // benchmark's per-case cost stays the model's (resolving paths and placement took ~3 ms a case).
        // Keyed by class too: a method inherited by two benchmarks records its runtime facts for each.
        ParameterKey parameterKey = new ParameterKey(extensionContext.getTestClass().orElse(null),
                parameterContext.getParameter());
        @SuppressWarnings("unchecked")
        java.util.Map<ParameterKey, LoadedSession> byParameter = extensionContext.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("sessions-by-parameter", k -> new java.util.concurrent.ConcurrentHashMap<>(),
                        java.util.Map.class);
        LoadedSession known = byParameter.get(parameterKey);
        if (known != null) {
            return known.session();
        }
        LoadedSession loaded = load(parameterContext, extensionContext);
        byParameter.put(parameterKey, loaded);
        return loaded.session();
    }

    private LoadedSession load(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Onnx onnx = parameterContext.findAnnotation(Onnx.class).orElseThrow();
        OnnxSettings settings = OnnxSettings.from(extensionContext);
        try {
            Placement placement = Placement.choose(extensionContext, onnx, settings);
            ProjectPaths paths = ProjectPaths.detect(extensionContext.getConfigurationParameter(ROOT_KEY).orElse(null));
            SessionSpec spec = new SessionSpec(ModelLocation.resolve(onnx.value(), paths), placement.provider(),
                    placement.deviceId(), onnx.intraOpThreads(), onnx.interOpThreads(), onnx.optimization(),
                    onnx.gpuMemoryLimitMb());
            LoadedSession loaded = extensionContext.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(spec.key(),
                    key -> SessionLoader.load(spec, placement.facts()), LoadedSession.class);
            if (extensionContext.getTestMethod().isPresent()) {
                RuntimeFacts.record(extensionContext, loaded.facts());
            }
            return loaded;
        } catch (Placement.GpuUnavailableException e) {
            // Reached only when a GPU is required (OnnxDeviceCondition skips the test otherwise) or
            // when the condition is not registered.
            throw new ParameterResolutionException(e.getMessage()
                    + (settings.requireGpu() ? " (" + OnnxSettings.REQUIRE_GPU_KEY + "=true makes this a failure)" : ""),
                    e);
        } catch (OnnxModelException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }

    /** A benchmark class and one parameter of its method; hashing these is cheaper than formatting a signature. */
    private record ParameterKey(Class<?> testClass, Parameter parameter) {
    }
}
