package dev.assay.junit;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.api.BenchmarkTest;
import java.util.Comparator;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.jupiter.api.MethodDescriptor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * {@code BenchmarkMethodOrderer} runs a benchmark's plain tests first, then its
 * {@code @BenchmarkTest} methods by model name, so comparisons, which need every model's cases,
 * can run after the last model, and runs are repeatable.
 */
@API(status = INTERNAL, since = "0.1")
public final class BenchmarkMethodOrderer implements MethodOrderer {

    @Override
    public void orderMethods(MethodOrdererContext context) {
        context.getMethodDescriptors().sort(Comparator
                .comparing((MethodDescriptor m) -> m.isAnnotated(BenchmarkTest.class))
                .thenComparing(m -> m.findAnnotation(BenchmarkTest.class).map(BenchmarkTest::model).orElse(""))
                .thenComparing(MethodDescriptor::getDisplayName));
    }

    /**
     * No execution mode of its own. JUnit's default for an orderer is {@code SAME_THREAD}, which would
     * pin every case of a benchmark to one thread even under parallel execution; the order only has
     * to hold when the run is sequential, and summaries and comparisons wait for their cases when it
     * is not (see {@link BenchmarkState#awaitCases}).
     */
    @Override
    public Optional<ExecutionMode> getDefaultExecutionMode() {
        return Optional.empty();
    }
}
