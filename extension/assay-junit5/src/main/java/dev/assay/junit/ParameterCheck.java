package dev.assay.junit;

import dev.assay.api.BenchmarkCase;
import dev.assay.api.CaseBatch;
import dev.assay.api.Corpus;
import dev.assay.api.Outcome;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code ParameterCheck} rejects a {@code @BenchmarkTest} method whose parameters cannot all be
 * supplied, before any case runs, rather than failing every case with the same error.
 *
 * <p>Assay supplies {@link BenchmarkCase} and {@link Outcome} (or a {@link CaseBatch} for a batch
 * method), the {@link Corpus} of a {@code @Ranking} benchmark, and parameters carrying one of its own
 * annotations ({@code @Onnx}, {@code @Provider}); JUnit supplies {@link TestInfo} and
 * {@link TestReporter}. Where the user registered extensions of their own ({@code @ExtendWith},
 * {@code @RegisterExtension}, or auto-detection) their resolvers may supply the rest, so the
 * check steps aside.
 */
final class ParameterCheck {

    private static final Set<Class<?>> KNOWN = Set.of(BenchmarkCase.class, Outcome.class, CaseBatch.class, Corpus.class, TestInfo.class,
            TestReporter.class, RepetitionInfo.class);
    private static final String ASSAY_PACKAGE = "dev.assay.";

    private ParameterCheck() {
    }

    /**
     * @param batch the {@code batch} of {@code @BenchmarkTest}: above 1 the method must take a
     *              {@link CaseBatch}; at 1 it may take one (batches of one) or a case and an outcome
     */
    static void check(Method method, boolean autodetection, int batch) {
        String signature = signature(method);
        List<Class<?>> types = Arrays.asList(method.getParameterTypes());
        if (batch > 1) {
            if (!types.contains(CaseBatch.class) || types.contains(BenchmarkCase.class) || types.contains(Outcome.class)) {
                throw new ExtensionConfigurationException("Configuration error: @BenchmarkTest method [" + signature
                        + "] has batch = " + batch + ", so it is called with several cases at once; take [CaseBatch "
                        + "batch] instead of BenchmarkCase and Outcome, and call batch.outcome(i).predict(...) for "
                        + "each case");
            }
        } else if (types.contains(CaseBatch.class)) {
            if (types.contains(BenchmarkCase.class) || types.contains(Outcome.class)) {
                throw new ExtensionConfigurationException("Configuration error: @BenchmarkTest method [" + signature
                        + "] takes a CaseBatch and also BenchmarkCase or Outcome; a batch method records each case "
                        + "through batch.outcome(i), so take only the CaseBatch");
            }
        } else if (!types.contains(Outcome.class)) {
            throw new ExtensionConfigurationException("Configuration error: @BenchmarkTest method [" + signature
                    + "] has no Outcome parameter, so it cannot record a prediction; add [Outcome out] and call "
                    + "out.predict(...)");
        }
        if (autodetection || userExtensions(method)) {
            return;
        }
        for (Parameter p : method.getParameters()) {
            if (!KNOWN.contains(p.getType()) && !carriesAssayAnnotation(p)) {
                throw new ExtensionConfigurationException("Configuration error: @BenchmarkTest method [" + signature
                        + "] has the parameter [" + p.getType().getSimpleName() + " " + p.getName()
                        + "] that nothing resolves; Assay resolves BenchmarkCase, Outcome, CaseBatch, Corpus (with @Ranking), @Onnx OrtSession, "
                        + "@Inference InferenceClient and @Provider ChatClient; for other types register a "
                        + "ParameterResolver with @ExtendWith");
            }
        }
    }

    private static boolean carriesAssayAnnotation(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            // Resource annotations live with their resolvers (dev.assay.llm.Provider, dev.assay.onnx.Onnx),
            // which @Benchmark registers.
            if (a.annotationType().getPackageName().startsWith(ASSAY_PACKAGE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean userExtensions(Method method) {
        Class<?> type = method.getDeclaringClass();
        boolean onClass = type.isAnnotationPresent(ExtendWith.class) || hasRegisteredField(type);
        boolean onMethod = method.isAnnotationPresent(ExtendWith.class);
        boolean onParameter = Arrays.stream(method.getParameters()).anyMatch(p -> p.isAnnotationPresent(ExtendWith.class));
        return onClass || onMethod || onParameter;
    }

    private static boolean hasRegisteredField(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(RegisterExtension.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code ridge(BenchmarkCase, Outcome)}, as people read it in messages. */
    static String signature(Method method) {
        List<String> types = Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toList();
        return method.getName() + types.stream().collect(Collectors.joining(", ", "(", ")"));
    }
}
