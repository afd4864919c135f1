package dev.assay.junit;

import dev.assay.api.CurrentCase;
import dev.assay.report.CaseRecord;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * {@code CallRecorder} times one call of a benchmark method and writes the records of the cases it
 * served the moment it ends — whatever happened: predictions, an exception, an abort, or a failure
 * before the call — then fails the node for unusable predictions and broken case thresholds. It
 * records in an after-each callback because those run even when resolving a parameter or a
 * {@code @BeforeEach} failed, so no case is ever missing from the journal. Subclasses say which
 * cases the call served and hand them to the run's reporters.
 */
abstract class CallRecorder implements InvocationInterceptor, AfterEachCallback, TestWatcher {

    /** The benchmark the cases belong to. */
    protected final BenchmarkState state;
    /** The model that ran them. */
    protected final BenchmarkState.ModelPlan plan;
    /** How long the call took, or null when the method was never called. */
    protected Long callNanos;
    /** When the call started and ended (epoch ms), or null when the method was never called. */
    private long[] callSpan;

    CallRecorder(BenchmarkState state, BenchmarkState.ModelPlan plan) {
        this.state = state;
        this.plan = plan;
    }

    /** How many cases the call serves. */
    abstract int cases();

    /** The case at a position among those the call serves. */
    abstract RoundCase caseAt(int index);

    /** What the method recorded for the case at a position. */
    abstract RecordingOutcome outcomeAt(int index);

    /** Whether several cases share the node (a batch): their attachments are then named by case. */
    boolean sharesNode() {
        return false;
    }

    /** Hands the call's evidence to the run's reporters (the Allure report among them). */
    abstract void report(ExtensionContext context, List<CaseRecord> records, int firstIndex, boolean nodeFailed);

    @Override
    public final void afterEach(ExtensionContext context) {
        Throwable failure = context.getExecutionException().orElse(null);
        int cases = cases();
        // Every case of a call waited for the one call; each is charged its share, so that
        // throughput_per_s counts cases, not calls.
        Long share = callNanos == null ? null : callNanos / cases;
        List<CaseRecord> records = new ArrayList<>(cases);
        for (int i = 0; i < cases; i++) {
            records.add(CaseRecords.of(state, plan, caseAt(i), outcomeAt(i), failure, share, callSpan));
            state.scoreDirections(plan.model(), outcomeAt(i).directions());
        }
        int done = state.record(records);
        List<RoundCase> served = new ArrayList<>(cases);
        List<RecordingOutcome> outcomes = new ArrayList<>(cases);
        for (int i = 0; i < cases; i++) {
            served.add(caseAt(i));
            outcomes.add(outcomeAt(i));
        }
        CaseAttachments.publish(context, state, plan, served, outcomes, records, failure != null, sharesNode());
        boolean passed = false;
        try {
            if (failure == null) {
                CaseRecords.checkNode(plan, records);
            }
            passed = failure == null;
        } finally {
            report(context, records, done - cases, !passed);
        }
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                            ExtensionContext context) throws Throwable {
        state.modelStarted(plan.model());
        RoundCase first = caseAt(0);
        CurrentCase.Slot slot = new CurrentCase.Slot(state.name(), plan.model(), first.id(), first.round());
        long startedAtMs = System.currentTimeMillis();
        long start = System.nanoTime();
        try {
            // Code that must act the same for a case whatever the thread schedule (replay) knows which case this is.
            CurrentCase.runAs(slot, invocation::proceed);
        } finally {
            callNanos = System.nanoTime() - start;
            // Wall-clock span: measured throughput is cases over the span of a model's calls (Throughput).
            callSpan = new long[] {startedAtMs, startedAtMs + callNanos / 1_000_000};
        }
    }

    /** A disabled node never reaches the after-each callback; summaries waiting for its cases must not wait forever. */
    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        state.caseNotRun(plan.model(), cases());
    }
}
