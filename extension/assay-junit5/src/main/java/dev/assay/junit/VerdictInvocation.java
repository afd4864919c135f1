package dev.assay.junit;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/**
 * {@code VerdictInvocation} is a node that judges recorded cases instead of running one: a model's
 * summary, a comparison, a stored-baseline check. The benchmark method is not called; under parallel
 * execution the node first waits until the cases it judges have ended.
 */
abstract class VerdictInvocation implements TestTemplateInvocationContext {

    /** The benchmark whose cases are judged. */
    protected final BenchmarkState state;

    VerdictInvocation(BenchmarkState state) {
        this.state = state;
    }

    /** The models whose cases must all have ended before {@link #judge} runs. */
    abstract List<String> models();

    /** Judges the recorded cases; throws an {@code AssertionFailedError} to fail the node. */
    abstract void judge(ExtensionContext context) throws Exception;

    /** The node's name without the shard note ({@code ridge › summary}). */
    abstract String name();

    @Override
    public final String getDisplayName(int invocationIndex) {
        return name() + (state.run().config().sharded() ? " (deferred to merge)" : "");
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        // The method is never called, but Jupiter resolves its parameters anyway: Case, Outcome and CaseBatch are null.
        return List.of(new CaseResolver(null, null), new BatchResolver(null), new Judge());
    }

    /** Skips the benchmark method, waits for the cases when they may still run, then judges. */
    private final class Judge implements InvocationInterceptor {

        @Override
        public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                                ExtensionContext context) throws Throwable {
            invocation.skip();
            AssayConfig config = state.run().config();
            if (config.sharded()) {
                // A shard holds part of the cases: a verdict on them would be a verdict on a sample. The
                // merge of every shard's journal judges (assay merge), with the exit code of an unsharded run.
                context.publishReportEntry("verdict", "deferred to merge: this run is shard " + config.shardLabel()
                        + "; assay merge judges thresholds, comparisons and baselines over every shard's journal");
                return;
            }
            if (ParallelRuns.enabled(context)) {
                state.awaitCases(models());
            }
            judge(context);
        }
    }
}
