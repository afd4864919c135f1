package dev.assay.junit;

import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * {@code CallRecorder} times one call of a benchmark method; its subclasses record the call's cases
 * in an after-each callback, because those run even when resolving a parameter or a
 * {@code @BeforeEach} failed, so no case is ever missing from the journal.
 */
abstract class CallRecorder implements InvocationInterceptor, AfterEachCallback, TestWatcher {

    /** The benchmark the cases belong to. */
    protected final BenchmarkState state;
    /** The model that ran them. */
    protected final BenchmarkState.ModelPlan plan;
    /** How long the call took, or null when the method was never called. */
    protected Long callNanos;

    CallRecorder(BenchmarkState state, BenchmarkState.ModelPlan plan) {
        this.state = state;
        this.plan = plan;
    }

    /** How many cases the call serves. */
    abstract int cases();

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                            ExtensionContext context) throws Throwable {
        state.modelStarted(plan.model());
        long start = System.nanoTime();
        try {
            invocation.proceed();
        } finally {
            callNanos = System.nanoTime() - start;
        }
    }

    /** A disabled node never reaches the after-each callback; summaries waiting for its cases must not wait forever. */
    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        state.caseNotRun(plan.model(), cases());
    }
}
