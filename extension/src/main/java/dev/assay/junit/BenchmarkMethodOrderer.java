package dev.assay.junit;

import dev.assay.api.BenchmarkTest;
import java.util.Comparator;
import org.junit.jupiter.api.MethodDescriptor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;

/**
 * {@code BenchmarkMethodOrderer} runs a benchmark's plain tests first, then its
 * {@code @BenchmarkTest} methods by model name, so comparisons, which need every model's cases,
 * can run after the last model, and runs are repeatable.
 */
public final class BenchmarkMethodOrderer implements MethodOrderer {

    @Override
    public void orderMethods(MethodOrdererContext context) {
        context.getMethodDescriptors().sort(Comparator
                .comparing((MethodDescriptor m) -> m.isAnnotated(BenchmarkTest.class))
                .thenComparing(m -> m.findAnnotation(BenchmarkTest.class).map(BenchmarkTest::model).orElse(""))
                .thenComparing(MethodDescriptor::getDisplayName));
    }
}
