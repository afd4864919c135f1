package dev.assay.junit;

import dev.assay.api.CaseFailure;
import dev.assay.api.Task;
import dev.assay.metrics.ranking.Judgements;
import dev.assay.report.CaseRecord;
import dev.assay.report.Labels;
import dev.assay.secrets.MaskedException;
import dev.assay.secrets.SecretMasker;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * {@code CaseRecords} turns what one call left behind (an exception, or what the method put in its
 * {@link RecordingOutcome}) into the case's journal record, the same way for a case that ran alone
 * and for a case of a batch.
 */
final class CaseRecords {

    private CaseRecords() {
    }

    /**
     * The record of one case.
     *
     * @param failure what the call threw, or null
     * @param latencyNanos the call's time to record when the method set none, or null when it did not run
     * @param span the call's wall-clock start and end (epoch ms), or null when it did not run
     */
    static CaseRecord of(BenchmarkState state, BenchmarkState.ModelPlan plan, RoundCase benchmarkCase,
                         RecordingOutcome outcome, Throwable failure, Long latencyNanos, long[] span) {
        String status;
        String error = null;
        Object predicted = null;
        // Classified by what was thrown, described by its masked stand-in (MaskedFailures).
        failure = failure instanceof MaskedException m ? m.original() : failure;
        if (failure != null) {
            status = statusOf(failure);
            error = describe(failure);
        } else if (outcome.unparseable() != null) {
            status = CaseRecord.UNPARSEABLE;
            error = outcome.unparseable();
        } else {
            predicted = normalisePrediction(outcome.predicted());
            String problem = predictionProblem(plan.task(), predicted);
            if (problem == null && plan.task() == Task.RANKING) {
                predicted = Judgements.idsOf((List<?>) predicted);
                problem = RankedPrediction.problem(castIds(predicted), state.corpus());
            }
            status = problem == null ? CaseRecord.OK : CaseRecord.ERROR;
            error = problem;
            if (problem != null) {
                predicted = null;
            }
        }
        // Masked at the source: a reply that echoes a key must not reach the journal, nor the labels,
        // metric names, charts and tables made from it.
        SecretMasker secrets = SecretMasker.global();
        Map<String, Double> scores = outcome.scores();
        if (plan.task() == Task.RANKING && CaseRecord.OK.equals(status)) {
            scores = RankedPrediction.scores(state.spec().ranking, benchmarkCase.expected(), castIds(predicted), scores);
        }
        return new CaseRecord(state.run().runId(), state.name(), plan.model(), benchmarkCase.id(),
                benchmarkCase.round(), plan.task().wireName(), status, benchmarkCase.expected(),
                secrets.applyToValue(predicted), status.equals(CaseRecord.OK) ? maskedKeys(outcome.probabilities()) : null,
                outcome.latencyMs(latencyNanos),
                outcome.ttftMs(), outcome.tokensIn(), outcome.tokensOut(),
                failure instanceof CaseFailure f && outcome.attempts() == null ? (Integer) f.attempts() : outcome.attempts(),
                secrets.apply(error), benchmarkCase.tags(), scores, state.run().config().shardLabel(),
                span == null ? null : span[0], span == null ? null : span[1]);
    }

    @SuppressWarnings("unchecked")   // Judgements.idsOf made it
    private static List<String> castIds(Object predicted) {
        return (List<String>) predicted;
    }

    private static Map<String, Double> maskedKeys(Map<String, Double> probabilities) {
        if (probabilities == null) {
            return null;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        probabilities.forEach((label, p) -> out.merge(SecretMasker.mask(label), p, Double::sum));
        return out;
    }

    /**
     * Fails a node whose call did not throw but whose records must not pass: an unusable prediction
     * breaks the node (it names every such case); otherwise a broken {@code @CaseThreshold} fails it.
     */
    static void checkNode(BenchmarkState.ModelPlan plan, List<CaseRecord> records) {
        List<String> errors = new ArrayList<>();
        for (CaseRecord record : records) {
            if (record.error() != null && record.status().equals(CaseRecord.ERROR)) {
                errors.add("model [" + plan.model() + "] on case [" + record.caseId() + "]: " + record.error());
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException(String.join("\n", errors));
        }
        List<String> broken = new ArrayList<>();
        for (CaseRecord record : records) {
            try {
                CaseThresholdCheck.check(plan.caseThresholds(), record);
            } catch (AssertionFailedError e) {
                broken.add(e.getMessage());
            }
        }
        if (!broken.isEmpty()) {
            throw new AssertionFailedError(String.join("\n", broken));
        }
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
    private static String predictionProblem(Task task, Object predicted) {
        if (predicted == null) {
            return "the method recorded no prediction; call out.predict(...), or out.unparseable(reason) when the "
                    + "model's output is unusable";
        }
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
