package dev.assay.junit;

import dev.assay.api.BenchmarkCase;
import dev.assay.api.CaseBatch;
import dev.assay.api.CurrentCase;
import dev.assay.api.Outcome;
import dev.assay.report.CaseRecord;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.platform.commons.support.ReflectionSupport;
import org.opentest4j.TestAbortedException;

/**
 * {@code ModelCall} calls a benchmark method for one query of a scenario, from whichever thread the
 * scenario's scheduler runs it on, and journals the query's cases the moment it ends, through the
 * same {@link CaseRecords} as a case node. The method's other parameters ({@code @Onnx},
 * {@code @Provider}, ...) were resolved once, for the scenario's node; only the case, its outcome or
 * the batch change from call to call.
 */
final class ModelCall {

    private final BenchmarkState state;
    private final BenchmarkState.ModelPlan plan;
    private final Method method;
    private final Object target;
    private final Object[] arguments;
    /** The method's parameter types, read once: {@code Method.getParameterTypes} copies them on every call. */
    private final Class<?>[] types;
    private final long originNanos = System.nanoTime();
    private final long originMs = System.currentTimeMillis();
    private final Queue<Served> served = new ConcurrentLinkedQueue<>();
    /** Queries already journaled (by identity: a RoundBatch does not define equality). */
    private final Set<RoundBatch> journaled = ConcurrentHashMap.newKeySet();
    private final AtomicInteger queries = new AtomicInteger();
    private final AtomicInteger thrown = new AtomicInteger();
    private final AtomicInteger aborted = new AtomicInteger();
    private final AtomicReference<Served> firstFailure = new AtomicReference<>();
    private final AtomicInteger threadNumber = new AtomicInteger();
    private final AtomicInteger probeFailures = new AtomicInteger();
    private final AtomicReference<Throwable> probeFailure = new AtomicReference<>();

    /**
     * A call of {@code method} on {@code target} with the node's resolved {@code arguments}, in which
     * the case, outcome and batch parameters are null (see {@link CaseResolver}).
     */
    ModelCall(BenchmarkState state, BenchmarkState.ModelPlan plan, Method method, Object target, List<Object> arguments) {
        this.state = state;
        this.plan = plan;
        this.method = method;
        this.target = target;
        this.arguments = arguments.toArray();
        this.types = method.getParameterTypes();
    }

    /**
     * A case as a scenario served it.
     *
     * @param roundCase the case
     * @param outcome what the method recorded for it
     * @param record its journal record
     * @param failure what the call threw, or null
     */
    record Served(RoundCase roundCase, RecordingOutcome outcome, CaseRecord record, Throwable failure) {
    }

    /**
     * Runs one query and, when {@code journaled}, records its cases; never throws (a failure is its
     * cases' record).
     *
     * @param query the query's cases: one, or a batch for a batch method under {@code OFFLINE}
     * @param latencyFromNanos the {@link System#nanoTime()} latency counts from: the scheduled issue time
     *                         under {@code SERVER}, so queueing counts; the call's start otherwise
     * @param journaled false for a probe of a rate search, which measures and records nothing
     * @return when the call ended ({@link System#nanoTime()})
     */
    long serve(RoundBatch query, long latencyFromNanos, boolean journaled) {
        long start = System.nanoTime();
        Throwable failure = null;
        try {
            invoke(query, journaled);
        } catch (Throwable t) {
            failure = t;
        }
        long end = System.nanoTime();
        if (!journaled && failure != null) {
            probeFailures.incrementAndGet();
            probeFailure.compareAndSet(null, failure);
        }
        if (journaled) {
            long from = Math.min(latencyFromNanos, start);
            journal(query, failure, (end - from) / query.size(), new long[] {epochMs(from), epochMs(end)});
        }
        return end;
    }

    /**
     * Records the queries not journaled yet with the node's failure: all of them when resolving a
     * parameter or a {@code @BeforeEach} failed, the rest when the scenario was interrupted; none
     * otherwise. No case is ever missing from the journal.
     */
    void notRun(List<RoundBatch> queries, Throwable failure) {
        for (RoundBatch query : queries) {
            if (!journaled.contains(query)) {
                journal(query, failure, null, null);
            }
        }
    }

    private void invoke(RoundBatch query, boolean journaled) throws Throwable {
        Object[] args = arguments.clone();
        for (int i = 0; i < types.length; i++) {
            if (types[i] == BenchmarkCase.class) {
                args[i] = query.roundCases().get(0);
            } else if (types[i] == Outcome.class) {
                args[i] = query.recording(0);
            } else if (types[i] == CaseBatch.class) {
                args[i] = query;
            }
        }
        if (!journaled) {
            // A probe is no case of the run: like a warmup it takes no case's slot, so it neither uses up
            // nor writes the recorded replies of the cases the run itself will call.
            ReflectionSupport.invokeMethod(method, target, args);
            return;
        }
        RoundCase first = query.roundCases().get(0);
        CurrentCase.Slot slot = new CurrentCase.Slot(state.name(), plan.model(), first.id(), first.round());
        // ReflectionSupport rethrows what the method threw, unwrapped, as JUnit does for a test method.
        CurrentCase.runAs(slot, () -> ReflectionSupport.invokeMethod(method, target, args));
    }

    private void journal(RoundBatch query, Throwable failure, Long latencyNanos, long[] span) {
        // Claimed atomically: after an interrupt, notRun() and a worker still finishing its call may both
        // try to journal the same query; the first wins, so no case is ever recorded twice.
        if (!journaled.add(query)) {
            return;
        }
        queries.incrementAndGet();
        List<CaseRecord> records = new ArrayList<>(query.size());
        List<Served> cases = new ArrayList<>(query.size());
        Throwable problem = failure;
        for (int i = 0; i < query.size(); i++) {
            RoundCase c = query.roundCases().get(i);
            RecordingOutcome outcome = query.recording(i);
            CaseRecord record = CaseRecords.of(state, plan, c, outcome, failure, latencyNanos, span);
            try {
                state.scoreDirections(plan.model(), outcome.directions());
            } catch (RuntimeException e) {
                problem = problem == null ? e : problem;
            }
            records.add(record);
            cases.add(new Served(c, outcome, record, problem));
        }
        state.record(records);
        served.addAll(cases);
        if (problem != null) {
            thrown.incrementAndGet();
            aborted.addAndGet(problem instanceof TestAbortedException ? 1 : 0);
            firstFailure.compareAndSet(null, cases.get(0));
        }
    }

    private long epochMs(long nanos) {
        return originMs + Math.floorDiv(nanos - originNanos, 1_000_000L);
    }

    /** How many probe queries (of a rate search) threw so far. */
    int probeFailures() {
        return probeFailures.get();
    }

    /** The first exception a probe query threw, or null. */
    Throwable probeFailure() {
        return probeFailure.get();
    }

    /** Every case served so far, in the order their calls ended. */
    List<Served> served() {
        return new ArrayList<>(served);
    }

    /**
     * Fails the scenario's node when a query threw, as a case node fails when its call throws: with
     * how many threw and the first of them as the cause; aborts it when every query was aborted.
     */
    void rethrowFailures(String scenario) {
        Served first = firstFailure.get();
        if (first == null) {
            return;
        }
        if (aborted.get() == queries.get() && first.failure() instanceof TestAbortedException abort) {
            throw abort;
        }
        throw new IllegalStateException(thrown.get() + " of " + queries.get() + " queries of model [" + plan.model()
                + "] threw under " + scenario + "; the first, on case [" + first.roundCase().id() + "]: "
                + first.record().error(), first.failure());
    }

    /** A pool of daemon threads named after the model, for a scenario's concurrent calls. */
    ExecutorService threads(int count) {
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "assay-" + plan.model() + "-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newFixedThreadPool(count, factory);
    }
}
