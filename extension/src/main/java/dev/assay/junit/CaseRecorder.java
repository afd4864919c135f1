package dev.assay.junit;

import dev.assay.api.Task;
import dev.assay.api.CaseFailure;
import dev.assay.report.CaseRecord;
import dev.assay.report.Labels;
import dev.assay.report.allure.CaseEvidence;
import java.lang.reflect.Method;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestWatcher;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * {@code CaseRecorder} times one call and writes its case record the moment it ends — whatever
 * happened: a prediction, an exception, an abort, or a failure before the call. Then it applies the
 * case thresholds. It runs as an after-each callback because those run even when resolving a
 * parameter or a {@code @BeforeEach} failed, so no case is ever missing from the journal.
 */
final class CaseRecorder implements InvocationInterceptor, AfterEachCallback, TestWatcher {

    private final BenchmarkState state;
    private final BenchmarkState.ModelPlan plan;
    private final RoundCase benchmarkCase;
    private final RecordingOutcome outcome;
    private Long callNanos;

    CaseRecorder(BenchmarkState state, BenchmarkState.ModelPlan plan, RoundCase benchmarkCase, RecordingOutcome outcome) {
        this.state = state;
        this.plan = plan;
        this.benchmarkCase = benchmarkCase;
        this.outcome = outcome;
    }

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

    @Override
    public void afterEach(ExtensionContext context) {
        Throwable failure = context.getExecutionException().orElse(null);
        String status;
        String error = null;
        Object predicted = null;
        if (failure != null) {
            status = statusOf(failure);
            error = describe(failure);
        } else if (outcome.unparseable() != null) {
            status = CaseRecord.UNPARSEABLE;
            error = outcome.unparseable();
        } else {
            predicted = normalisePrediction(outcome.predicted());
            String problem = predictionProblem(predicted);
            status = problem == null ? CaseRecord.OK : CaseRecord.ERROR;
            error = problem;
            if (problem != null) {
                predicted = null;
            }
        }
        CaseRecord record = new CaseRecord(state.run().runId(), state.name(), plan.model(), benchmarkCase.id(),
                benchmarkCase.round(), plan.task().wireName(), status, benchmarkCase.expected(), predicted,
                status.equals(CaseRecord.OK) ? outcome.probabilities() : null, outcome.latencyMs(callNanos),
                outcome.ttftMs(), outcome.tokensIn(), outcome.tokensOut(),
                failure instanceof CaseFailure f && outcome.attempts() == null ? (Integer) f.attempts() : outcome.attempts(),
                error,
                benchmarkCase.tags(), outcome.scores());
        int done = state.record(record);
        // Report entries reach the IDE and Allure (and any other platform listener) without a reporter of our own.
        outcome.attachments().forEach((name, text) -> {
            if (!text.isEmpty()) {
                context.publishReportEntry(name, text);
            }
        });
        boolean passed = false;
        try {
            if (failure == null && error != null && status.equals(CaseRecord.ERROR)) {
                throw new IllegalStateException("model [" + plan.model() + "] on case [" + benchmarkCase.id() + "]: "
                        + error);
            }
            if (failure == null) {
                CaseThresholdCheck.check(plan.caseThresholds(), record);
            }
            passed = failure == null;
        } finally {
            reportToAllure(context, record, done - 1, !passed);
        }
    }

    /** Hands the case's evidence to the Allure report (dev.assay.report.allure); never throws. */
    private void reportToAllure(ExtensionContext context, CaseRecord record, int index, boolean nodeFailed) {
        state.run().allure().caseFinished(new CaseEvidence(context.getUniqueId(), record, context.getDisplayName(),
                benchmarkCase.location(), benchmarkCase.inputs(), outcome.prompt(), outcome.reply(), index,
                plan.expectedRecords(), nodeFailed));
    }

    /** A disabled case node never reaches {@link #afterEach}; summaries waiting for it must not wait forever. */
    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        state.caseNotRun(plan.model());
    }

    private static String statusOf(Throwable failure) {
        if (failure instanceof TestAbortedException) {
            return CaseRecord.SKIPPED;
        }
        // A provider call that failed for good says itself whether it timed out, errored or answered garbage.
        if (failure instanceof CaseFailure f) {
            return f.caseStatus();
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof HttpTimeoutException || t instanceof SocketTimeoutException
                    || t.getClass().getSimpleName().contains("Timeout")) {
                return CaseRecord.TIMEOUT;
            }
        }
        return CaseRecord.ERROR;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static Object normalisePrediction(Object predicted) {
        if (predicted instanceof Collection<?> c && !(predicted instanceof List<?>)) {
            return List.copyOf(c);
        }
        if (predicted instanceof Float || predicted instanceof Integer || predicted instanceof Short
                || predicted instanceof Byte) {
            return predicted instanceof Float f ? (Object) f.doubleValue() : (Object) ((Number) predicted).longValue();
        }
        return predicted;
    }

    /** Why a prediction cannot be scored for the model's task, or null when it can. */
    private String predictionProblem(Object predicted) {
        if (predicted == null) {
            return "the method recorded no prediction; call out.predict(...), or out.unparseable(reason) when the "
                    + "model's output is unusable";
        }
        Task task = plan.task();
        boolean fits = switch (task) {
            case REGRESSION -> predicted instanceof Number n && Double.isFinite(n.doubleValue());
            case CLASSIFICATION -> Labels.isScalar(predicted);
            case MULTILABEL, RANKING -> Labels.isLabelList(predicted);
            case GENERATION -> predicted instanceof String;
            default -> true;
        };
        if (fits) {
            return null;
        }
        String wanted = switch (task) {
            case REGRESSION -> "a finite number";
            case CLASSIFICATION -> "one label (a string, number or boolean)";
            case MULTILABEL -> "a list or set of labels";
            case RANKING -> "a list of ids";
            default -> "text";
        };
        return "predicted [" + predicted + "] (" + predicted.getClass().getSimpleName() + ") is not " + wanted
                + ", which a " + task.wireName() + " model must predict";
    }
}
