package dev.assay.junit;

import dev.assay.api.CaseThreshold;
import dev.assay.api.Task;
import dev.assay.data.Dataset;
import dev.assay.data.DatasetCase;
import dev.assay.report.BaselineResult;
import dev.assay.report.BenchmarkSpec;
import dev.assay.report.CaseRecord;
import dev.assay.report.ComparisonResult;
import dev.assay.report.RunJournal;
import dev.assay.report.Summary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code BenchmarkState} is one benchmark class's state for the run: its validated spec, its
 * dataset, each model's expected values and records, and the model results its summary nodes
 * computed. It lives in the class's store.
 */
final class BenchmarkState {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BenchmarkState.class);

    private final RunContext run;
    private final BenchmarkSpec spec;
    private final Dataset dataset;
    private final Map<String, ModelPlan> plans;
    private final Map<String, List<CaseRecord>> records = new LinkedHashMap<>();
    private final Map<String, Summary.ModelResult> modelResults = new LinkedHashMap<>();
    private final Map<String, Long> started = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Integer> finished = new LinkedHashMap<>();
    private final Map<String, java.util.Set<String>> registered = new LinkedHashMap<>();
    private List<ComparisonResult> comparisons;
    private final List<BaselineResult> baselineResults = new ArrayList<>();

    BenchmarkState(RunContext run, BenchmarkSpec spec, Dataset dataset, Map<String, ModelPlan> plans) {
        this.run = run;
        this.spec = spec;
        this.dataset = dataset;
        this.plans = plans;
    }

    /** Stores the state for a benchmark class. */
    static void put(ExtensionContext classContext, BenchmarkState state) {
        classContext.getStore(NAMESPACE).put(BenchmarkState.class, state);
    }

    /** The state of the benchmark class {@code context} belongs to. */
    static BenchmarkState of(ExtensionContext context) {
        BenchmarkState state = context.getStore(NAMESPACE).get(BenchmarkState.class, BenchmarkState.class);
        if (state == null) {
            throw new org.junit.jupiter.api.extension.ExtensionConfigurationException("Configuration error: "
                    + "@BenchmarkTest method [" + context.getRequiredTestMethod().getName() + "] is in class ["
                    + context.getRequiredTestClass().getSimpleName() + "], which is not annotated with @Benchmark; "
                    + "add @Benchmark(\"name\") and @CaseSource(...) to the class");
        }
        return state;
    }

    RunContext run() {
        return run;
    }

    BenchmarkSpec spec() {
        return spec;
    }

    String name() {
        return spec.benchmark;
    }

    Dataset dataset() {
        return dataset;
    }

    /** The plan of the model a method runs. */
    ModelPlan plan(String model) {
        return plans.get(model);
    }

    Map<String, ModelPlan> plans() {
        return plans;
    }

    /**
     * Records the finished cases of one call (one case, or a batch; all of one model): journal first
     * (crash safety), then memory; one lock keeps both in one order, so a summary rebuilt from the
     * journal resamples the same rows. The records are encoded before the lock, which then covers
     * only the one write: with 16 calls finishing at once the lock is the benchmark's one point of
     * contention. A batch's cases ended together, so a kill keeps all or none of them.
     *
     * @return how many records the model has now
     */
    int record(List<CaseRecord> batch) {
        byte[] lines = RunJournal.encode(batch);
        String model = batch.get(0).model();
        int done;
        ModelPlan plan = plans.get(model);
        synchronized (this) {
            run.append(lines);
            List<CaseRecord> list = records.computeIfAbsent(model, k -> new ArrayList<>());
            list.addAll(batch);
            done = list.size();
            finished.merge(model, batch.size(), Integer::sum);
            notifyAll();
        }
        long startedAt = started.computeIfAbsent(model, k -> System.nanoTime());
        run.progress().caseDone(spec.benchmark + " \u203a " + model, done, plan.expectedRecords(), startedAt);
        return done;
    }

    /**
     * Notes that a case node will run: Jupiter asks an invocation for its display name only when it
     * builds the node, which it does only for invocations the run selected.
     */
    synchronized void caseRegistered(String model, String caseKey) {
        registered.computeIfAbsent(model, k -> new java.util.HashSet<>()).add(caseKey);
    }

    /** Counts the cases of a node that ended without running (disabled), so nobody waits for their records. */
    synchronized void caseNotRun(String model, int cases) {
        finished.merge(model, cases, Integer::sum);
        notifyAll();
    }

    /**
     * Waits until every case node of the given models has ended. Under JUnit's parallel execution a
     * model's summary node and the comparison nodes run while its cases may still be in flight; under
     * sequential execution they have all ended already and this returns at once.
     *
     * <p>The wait is a {@link ForkJoinPool#managedBlock managed block}: JUnit runs tests in a
     * fork-join pool, which then adds a thread for as long as this one waits, so the cases still
     * queued behind a waiting summary always get a thread and a small pool cannot deadlock.
     */
    void awaitCases(Collection<String> models) throws InterruptedException {
        ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
            @Override
            public boolean block() throws InterruptedException {
                synchronized (BenchmarkState.this) {
                    while (!casesEnded(models)) {
                        BenchmarkState.this.wait();
                    }
                }
                return true;
            }

            @Override
            public boolean isReleasable() {
                synchronized (BenchmarkState.this) {
                    return casesEnded(models);
                }
            }
        });
    }

    private boolean casesEnded(Collection<String> models) {
        for (String model : models) {
            // Registered, not planned: a node filtered out of the run (an IDE re-run of one summary)
            // never registers, and must not be waited for.
            int toWaitFor = registered.getOrDefault(model, java.util.Set.of()).size();
            if (finished.getOrDefault(model, 0) < toWaitFor) {
                return false;
            }
        }
        return true;
    }

    /** Marks the moment a model's first case starts (for the progress rate); lock-free, as every case calls it. */
    void modelStarted(String model) {
        started.putIfAbsent(model, System.nanoTime());
    }

    /** A model's records so far, in journal order. */
    synchronized List<CaseRecord> records(String model) {
        return new ArrayList<>(records.getOrDefault(model, List.of()));
    }

    /** Computes, stores and returns a model's results from its records. */
    Summary.ModelResult summarise(String model) {
        List<CaseRecord> modelRecords = records(model);
        Summary.ModelResult result = modelRecords.isEmpty() ? emptyResult(model)
                : run.summaryBuilder().model(spec.benchmark, spec, model, modelRecords);
        synchronized (this) {
            modelResults.put(model, result);
        }
        return result;
    }

    private Summary.ModelResult emptyResult(String model) {
        Summary.ModelResult m = new Summary.ModelResult();
        m.model = model;
        m.task = plans.get(model).task().wireName();
        m.nExpected = plans.get(model).expectedRecords();
        return m;
    }

    /** The benchmark's results from the model results computed so far, with its comparisons. */
    synchronized Summary.BenchmarkResult result() {
        Summary.BenchmarkResult result = new Summary.BenchmarkResult();
        result.benchmark = spec.benchmark;
        for (String model : records.keySet()) {
            result.models.add(modelResults.containsKey(model) ? modelResults.get(model)
                    : run.summaryBuilder().model(spec.benchmark, spec, model, records.get(model)));
        }
        result.comparisons.addAll(comparisons());
        result.baselines.addAll(baselineResults);
        return result;
    }

    /** A model's results as its summary node computed them (computed now if it has not run). */
    Summary.ModelResult modelResult(String model) {
        synchronized (this) {
            Summary.ModelResult result = modelResults.get(model);
            if (result != null) {
                return result;
            }
        }
        return summarise(model);
    }

    /** Keeps a model's baseline check for the summary. */
    synchronized void baselineChecked(List<BaselineResult> rows) {
        baselineResults.addAll(rows);
    }

    /** Every comparison of the benchmark, Holm-adjusted together; computed once, when first asked. */
    synchronized List<ComparisonResult> comparisons() {
        if (comparisons == null) {
            comparisons = run.summaryBuilder().compare(spec, records);
        }
        return comparisons;
    }

    /** Whether the model's method is the last benchmark method to run (see {@link BenchmarkMethodOrderer}). */
    boolean runsLast(String model) {
        return plans.keySet().stream().max(java.util.Comparator.naturalOrder()).orElseThrow().equals(model);
    }

    /** Whether a model's cases were run in this run. */
    synchronized boolean ran(String model) {
        return records.containsKey(model);
    }

    /**
     * What one model runs: its task, rounds, warmup and the expected value of each case as that task
     * reads it.
     *
     * @param model the model's name
     * @param task its resolved task (never AUTO)
     * @param rounds rounds per case
     * @param warmup warmup calls
     * @param expected each case's expected value, normalised for the task, in dataset order
     * @param caseThresholds the class's and the method's {@code @CaseThreshold}s, checked on every case
     * @param batch 0 when the method takes one case per call, else the most cases of the
     *              {@code CaseBatch} it takes
     */
    record ModelPlan(String model, Task task, int rounds, int warmup, List<Object> expected,
                     List<CaseThreshold> caseThresholds, int batch) {

        int expectedRecords() {
            return expected.size() * rounds;
        }

        boolean batched() {
            return batch > 0;
        }

        Object expectedOf(int caseIndex) {
            return expected.get(caseIndex);
        }
    }

    /** The case at an index. */
    DatasetCase caseAt(int index) {
        return dataset.cases().get(index);
    }
}
