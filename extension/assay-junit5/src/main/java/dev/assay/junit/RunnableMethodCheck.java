package dev.assay.junit;

import dev.assay.api.BenchmarkTest;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * {@code RunnableMethodCheck} finds the {@code @BenchmarkTest} methods that Jupiter would silently
 * leave out. Jupiter runs a test template only when it returns {@code void} and is neither
 * {@code static}, {@code private} nor {@code abstract}; any other method is dropped with at most a
 * log line, and a class whose methods are all dropped builds green with zero tests. Assay treats
 * each as a configuration error that names the method and the fix.
 */
final class RunnableMethodCheck {

    private RunnableMethodCheck() {
    }

    /** One message per method of {@code type} that carries {@code @BenchmarkTest} and that Jupiter would not run. */
    static List<String> problems(Class<?> type) {
        List<String> problems = new ArrayList<>();
        for (Method m : AnnotationSupport.findAnnotatedMethods(type, BenchmarkTest.class, HierarchyTraversalMode.TOP_DOWN)) {
            String where = "@BenchmarkTest method [" + type.getSimpleName() + "." + ParameterCheck.signature(m) + "]";
            int modifiers = m.getModifiers();
            if (m.getReturnType() != void.class) {
                problems.add("Configuration error: " + where + " returns [" + m.getReturnType().getSimpleName()
                        + "], and JUnit runs only test methods that return nothing, so none of its cases would run; "
                        + "declare it void and hand the prediction to out.predict(...)");
            } else if (Modifier.isStatic(modifiers)) {
                problems.add("Configuration error: " + where + " is static, and JUnit does not run static test "
                        + "methods, so none of its cases would run; remove [static]");
            } else if (Modifier.isPrivate(modifiers)) {
                problems.add("Configuration error: " + where + " is private, and JUnit does not run private test "
                        + "methods, so none of its cases would run; make it package-private (remove [private])");
            } else if (Modifier.isAbstract(modifiers)) {
                problems.add("Configuration error: " + where + " is abstract, so none of its cases would run; "
                        + "implement it in the benchmark class");
            }
        }
        return problems;
    }

    /** The problems of {@code type} as one message, or null when every method can run. */
    static String message(Class<?> type) {
        List<String> problems = problems(type);
        return problems.isEmpty() ? null : String.join("\n", problems);
    }
}
