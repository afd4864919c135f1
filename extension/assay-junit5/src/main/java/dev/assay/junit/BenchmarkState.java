package dev.assay.junit;

import dev.assay.api.CaseThreshold;
import dev.assay.api.Task;
import dev.assay.data.CorpusFile;
import dev.assay.data.Dataset;
import dev.assay.data.DatasetCase;
import dev.assay.report.BaselineResult;
import dev.assay.report.BenchmarkSpec;
import dev.assay.report.CaseRecord;
import dev.assay.report.ComparisonResult;
import dev.assay.report.RunJournal;
import dev.assay.report.Summary;
import dev.assay.scenario.ScenarioResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
    /** The corpus of a {@code @Ranking} benchmark, or null. */
    private final CorpusFile corpus;
    private final Map<String, List<CaseRecord>> records = new LinkedHashMap<>();
    private final java.util.Set<String> done = new java.util.HashSet<>();
    private final Map<String, Summary.ModelResult> modelResults = new LinkedHashMap<>();
    private final Map<String, Long> started = new java.util.concurrent.ConcurrentHashMap<>();
    private final CaseTracker tracker = new CaseTracker();
    /** Each scenario node's figures, completed when the node ends (null when it measured nothing). */
    private final Map<String, CompletableFuture<ScenarioResult>> scenarios =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** Guards {@link #comparisons} apart from {@code this}, so resampling never holds up recording. */
    private final Object comparisonLock = new Object();
    private List<ComparisonResult> comparisons;
    private final List<BaselineResult> baselineResults = new ArrayList<>();

    BenchmarkState(RunContext run, BenchmarkSpec spec, Dataset dataset, Map<String, ModelPlan> plans,
                   CorpusFile corpus) {
        this.corpus = corpus;
        this.run = run;
        this.spec = spec;
        this.dataset = dataset;
        this.plans = plans;
    }

    /** Stores the state for a benchmark class. */
    static void put(ExtensionContext classContext, BenchmarkState state) {
        classContext.getStore(NAMESPACE).put(BenchmarkState.class, state);
        if (state.corpus != null) {
            // Closes what cases built from the corpus (indexes, embeddings) when the class finishes; a
            // CloseableResource, which every JUnit from 5.10 closes (5.13+ would also close an AutoCloseable).
            CorpusFile corpus = state.corpus;
            classContext.getStore(NAMESPACE).put(CorpusFile.class,
                    (ExtensionContext.Store.CloseableResource) corpus::close);
        }
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

    /** The corpus a {@code @Ranking} benchmark ranks, or null for other benchmarks. */
    CorpusFile corpus() {
        return corpus;
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
        }
        tracker.casesEnded(model, batch.size());
        long startedAt = started.computeIfAbsent(model, k -> System.nanoTime());
        run.progress().caseDone(spec.benchmark + " \u203a " + model, done, plan.expectedRecords(), startedAt);
        return done;
    }

    /**
     * Takes the records a resumed run's journal already held: they count in the summaries, and their
     * cases do not run again.
     */
    synchronized void resume(List<CaseRecord> earlier) {
        for (CaseRecord r : earlier) {
            if (plans.containsKey(r.model())) {
                records.computeIfAbsent(r.model(), k -> new ArrayList<>()).add(r);
                done.add(r.model() + "\u0000" + r.caseId() + "\u0000" + r.round());
            }
        }
    }

    /** Whether a resumed run's journal already holds this case and round of the model. */
    synchronized boolean done(String model, String caseId, int round) {
        return !done.isEmpty() && done.contains(model + "\u0000" + caseId + "\u0000" + round);
    }

    /** Notes that a model's method has started producing its nodes. */
    void methodStarted(String model) {
        tracker.methodStarted(model);
    }

    /** Notes that every case node of a model's method has been produced, so its registrations are complete. */
    void casesListed(String model) {
        tracker.casesListed(model);
    }

    /**
     * Notes that a case node will run: Jupiter asks an invocation for its display name only when it
     * builds the node, which it does only for invocations the run selected.
     */
    void caseRegistered(String model, String caseKey) {
        tracker.caseRegistered(model, caseKey);
    }

    /** Counts the cases of a node that ended without running (disabled), so nobody waits for their records. */
    void caseNotRun(String model, int cases) {
        tracker.casesEnded(model, cases);
    }

    /**
     * Waits until every case node of the given models in this run has ended (see
     * {@link CaseTracker#await}). Under JUnit's parallel execution a model's summary node and the
     * comparison nodes run while cases may still be in flight; under sequential execution they have
     * all ended already.
     */
    void awaitCases(Collection<String> models) throws InterruptedException {
        tracker.await(models);
    }

    /** Every model some {@code @Compare} names: the comparisons are corrected together, so each waits for all. */
    List<String> comparedModels() {
        return spec.comparisons.stream().flatMap(c -> java.util.stream.Stream.of(c.baseline(), c.candidate()))
                .distinct().toList();
    }

    /**
     * The figures a model's scenario node will hand over. The node asks first (when Jupiter names it),
     * so its summary, which follows, knows to wait for them.
     */
    CompletableFuture<ScenarioResult> scenario(String model) {
        return scenarios.computeIfAbsent(model, k -> new CompletableFuture<>());
    }

    /**
     * A model's scenario figures: waits for its scenario node to end (under parallel execution its
     * last record can reach the journal before the figures are complete); null when no scenario node ran.
     */
    ScenarioResult scenarioResult(String model) {
        CompletableFuture<ScenarioResult> figures = scenarios.get(model);
        return figures == null ? null : figures.join();
    }

    /** Marks the moment a model's first case starts (for the progress rate); lock-free, as every case calls it. */
    void modelStarted(String model) {
        started.putIfAbsent(model, System.nanoTime());
    }

    /** When the model's first case started ({@link System#nanoTime()}), or null before it did. */
    Long modelStartedAt(String model) {
        return started.get(model);
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

    /**
     * The benchmark's results from the model results computed so far, with its comparisons. Models
     * whose summary has not run are summarised here, outside the lock that recording needs.
     */
    Summary.BenchmarkResult result() {
        Map<String, Summary.ModelResult> known;
        Map<String, List<CaseRecord>> snapshot;
        List<BaselineResult> baselines;
        synchronized (this) {
            known = new LinkedHashMap<>(modelResults);
            snapshot = snapshot();
            baselines = new ArrayList<>(baselineResults);
        }
        Summary.BenchmarkResult result = new Summary.BenchmarkResult();
        result.benchmark = spec.benchmark;
        for (Map.Entry<String, List<CaseRecord>> model : snapshot.entrySet()) {
            Summary.ModelResult computed = known.get(model.getKey());
            result.models.add(computed != null ? computed
                    : run.summaryBuilder().model(spec.benchmark, spec, model.getKey(), model.getValue()));
        }
        result.comparisons.addAll(comparisons());
        result.baselines.addAll(baselines);
        return result;
    }

    /** A copy of every model's records; callers hold the lock. */
    private Map<String, List<CaseRecord>> snapshot() {
        Map<String, List<CaseRecord>> copy = new LinkedHashMap<>();
        records.forEach((model, list) -> copy.put(model, new ArrayList<>(list)));
        return copy;
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

    /**
     * Keeps the directions scores were recorded with in the benchmark's spec ({@code benchmarks.json}).
     *
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException when a score already has
     *     the other direction
     */
    synchronized void scoreDirections(String model, Map<String, dev.assay.api.Better> directions) {
        directions.forEach((name, better) -> {
            String wire = better == dev.assay.api.Better.LOWER ? BenchmarkSpec.LOWER : BenchmarkSpec.HIGHER;
            String known = spec.scoreDirections.putIfAbsent(name, wire);
            if (known != null && !known.equals(wire)) {
                throw new org.junit.jupiter.api.extension.ExtensionConfigurationException("Configuration error: "
                        + "model [" + model + "] of benchmark [" + spec.benchmark + "] records score [" + name
                        + "] as " + wire + "-is-better, but it was recorded " + known + "-is-better before; give every "
                        + "out.score(\"" + name + "\", ...) of the benchmark the same Better");
            }
        });
    }

    /** Keeps a model's baseline check for the summary. */
    synchronized void baselineChecked(List<BaselineResult> rows) {
        baselineResults.addAll(rows);
    }

    /**
     * Every comparison of the benchmark, corrected together; computed once, when first asked, from a
     * copy of the records. Comparison nodes ask only after every compared model's cases have ended
     * ({@link #comparedModels()}); the resampling holds the comparison lock, never the one
     * {@link #record} needs.
     */
    List<ComparisonResult> comparisons() {
        synchronized (comparisonLock) {
            if (comparisons == null) {
                Map<String, List<CaseRecord>> snapshot;
                synchronized (this) {
                    snapshot = snapshot();
                }
                comparisons = run.summaryBuilder().compare(spec, snapshot);
            }
            return comparisons;
        }
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
     * @param scenario the method's {@code @Scenario}, or null: then each case (or batch) is its own node
     */
    record ModelPlan(String model, Task task, int rounds, int warmup, List<Object> expected,
                     List<CaseThreshold> caseThresholds, int batch, ScenarioPlan scenario) {

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
