package dev.assay.allure;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.report.BaselineEvidence;
import dev.assay.report.CaseEvidence;
import dev.assay.report.CaseRecord;
import dev.assay.report.ComparisonEvidence;
import dev.assay.report.ModelEvidence;
import dev.assay.report.RunInfo;
import dev.assay.report.RunReporter;
import dev.assay.report.Summary;
import dev.assay.report.WarmupEvidence;
import dev.assay.secrets.SecretMasker;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * {@code AllureReporter} is the {@link RunReporter} that puts Assay's evidence into the Allure
 * results allure-jupiter writes for each test node: per case, per model summary, per comparison,
 * and once per run the leaderboard and the run's environment, executor and categories.
 *
 * <p>Every method works on the result of the node that is running on the calling thread and does
 * nothing when none is (allure-jupiter not on the test runtime, or the engine run without the
 * launcher). Every method swallows its own failures after logging the first one: reporting never
 * changes a test's outcome.
 *
 * <pre>{@code
 * AllureReporter allure = AllureReporter.create(context::getConfigurationParameter, seed);
 * allure.caseFinished(evidence);            // in the case node
 * allure.modelSummarised(model);            // in the summary node
 * allure.runFinished(run, summary);         // when the run ends
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class AllureReporter implements RunReporter {

    private final AllureSettings settings;
    private final long seed;
    private final CaseReport cases = new CaseReport(SecretMasker.global());
    private final Map<String, AtomicInteger> shown = new ConcurrentHashMap<>();
    // The start of each model's first case (benchmark NUL model): its summary, comparisons and
    // baseline check cover the span from there, and start there (ResultLabels.coverStart).
    private final Map<String, Long> firstStart = new ConcurrentHashMap<>();
    // Run files are written only when allure-jupiter reported this run's nodes: an engine run
    // without the launcher's listeners (EngineTestKit) must not leave a leaderboard behind.
    private volatile boolean reported;

    /** A reporter with the given settings; {@code seed} makes case samples repeatable. */
    public AllureReporter(AllureSettings settings, long seed) {
        this.settings = settings;
        this.seed = seed;
    }

    /**
     * A reporter configured from JUnit configuration parameters.
     *
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException on a bad {@code assay.allure.*} value
     */
    public static AllureReporter create(Function<String, Optional<String>> config, long seed) {
        return new AllureReporter(AllureSettings.read(config), seed);
    }

    /** Adds a finished case's evidence to its node's result, or drops the result when the selection leaves it out. */
    @Override
    public void caseFinished(CaseEvidence evidence) {
        if (settings.cases().none() && AllureInstaller.writer() == null) {
            return;
        }
        guarded(lifecycle -> {
            String uuid = resultOf(lifecycle, evidence.nodeId());
            if (uuid == null) {
                return;
            }
            reported = true;
            CaseRecord r = evidence.record();
            String key = r.benchmark() + "\u0000" + r.model();
            noteStart(lifecycle, uuid, key);
            boolean failed = evidence.nodeFailed() || !r.ok();
            if (settings.cases().keep(key, evidence.index(), evidence.total(), failed, seed)) {
                shown.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                cases.write(lifecycle, evidence);
            } else if (AllureInstaller.writer() != null) {
                AllureInstaller.writer().omit(uuid);
            } else {
                shown.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            }
        });
    }

    /**
     * Adds a finished batch's evidence to its node's result: one row per case. A batch node stands
     * for all its cases, so only {@code assay.allure.cases=none} leaves it out.
     */
    @Override
    public void batchFinished(List<CaseEvidence> evidence) {
        if (evidence.isEmpty() || settings.cases().none() && AllureInstaller.writer() == null) {
            return;
        }
        guarded(lifecycle -> {
            String uuid = resultOf(lifecycle, evidence.get(0).nodeId());
            if (uuid == null) {
                return;
            }
            reported = true;
            CaseRecord first = evidence.get(0).record();
            noteStart(lifecycle, uuid, first.benchmark() + "\u0000" + first.model());
            if (settings.cases().none()) {
                AllureInstaller.writer().omit(uuid);
                return;
            }
            shown.computeIfAbsent(first.benchmark() + "\u0000" + first.model(), k -> new AtomicInteger())
                    .addAndGet(evidence.size());
            cases.writeBatch(lifecycle, evidence);
        });
    }

    /** Places a failed warmup call under its model; drops the result of one that passed (it measured nothing). */
    @Override
    public void warmupFinished(WarmupEvidence warmup) {
        guarded(lifecycle -> {
            String uuid = resultOf(lifecycle, warmup.nodeId());
            if (uuid == null) {
                return;
            }
            if (warmup.failed() || AllureInstaller.writer() == null) {
                lifecycle.updateTestCase(r -> {
                    r.setName(warmup.displayName());
                    ResultLabels.place(r, warmup.benchmark(), warmup.model());
                });
            } else {
                AllureInstaller.writer().omit(uuid);
            }
        });
    }

    /** Fills the summary node of a model: metrics table, threshold steps and charts. */
    @Override
    public void modelSummarised(ModelEvidence model) {
        guarded(lifecycle -> {
            if (resultOf(lifecycle, model.nodeId()) != null) {
                reported = true;
                Summary.ModelResult result = model.result();
                int count = shown.getOrDefault(model.benchmark() + "\u0000" + result.model, new AtomicInteger()).get();
                String note = "Allure shows " + count + " of " + result.n + " case results (assay.allure.cases="
                        + settings.cases() + "); the run's journal keeps every case.";
                SummaryReport.write(lifecycle, model.benchmark(), model.spec(), result, model.records(),
                        model.confidence(), note);
                Long start = firstStart.get(model.benchmark() + "\u0000" + result.model);
                lifecycle.updateTestCase(r -> ResultLabels.coverStart(r, start));
            }
        });
    }

    /** Fills a comparison node: the table, the differences chart and the per-label change. */
    @Override
    public void comparisonFinished(ComparisonEvidence c) {
        guarded(lifecycle -> {
            if (resultOf(lifecycle, c.nodeId()) != null) {
                ComparisonReport.write(lifecycle, c.benchmark(), c.baseline(), c.candidate(), c.rows(),
                        c.baselineResult(), c.candidateResult(), c.confidence());
                Long start = earlier(firstStart.get(c.benchmark() + "\u0000" + c.baseline()),
                        firstStart.get(c.benchmark() + "\u0000" + c.candidate()));
                lifecycle.updateTestCase(r -> ResultLabels.coverStart(r, start));
            }
        });
    }

    /** Places a {@code @Baseline} node under its benchmark with the check's table. */
    @Override
    public void baselineChecked(BaselineEvidence baseline) {
        guarded(lifecycle -> {
            if (resultOf(lifecycle, baseline.nodeId()) != null) {
                BaselineReport.write(lifecycle, baseline);
                Long start = firstStart.get(baseline.benchmark() + "\u0000" + baseline.model());
                lifecycle.updateTestCase(r -> ResultLabels.coverStart(r, start));
            }
        });
    }

    /**
     * Writes the run-level files (environment, executor, categories, history carried over from the
     * last generated report) and the leaderboard result, with the summary exported as CSV and JSON.
     */
    @Override
    public void runFinished(RunInfo run, Summary summary) {
        try {
            writeRunFiles(run.id(), summary);
        } finally {
            // The run's results are on disk when it ends: a later run in this JVM reads environment.properties.
            AssayResultsWriter writer = AllureInstaller.writer();
            if (writer != null) {
                writer.flush();
            }
        }
    }

    private void writeRunFiles(String runId, Summary summary) {
        if (summary.benchmarks.isEmpty() || !reported) {
            return;
        }
        guarded(lifecycle -> RunResultFiles.write(lifecycle, AllureInstaller.writer(), runId, summary,
                settings.leaderboardMetric()));
    }

    /** Keeps the start of result {@code uuid} when it is the earliest seen for {@code key} (benchmark NUL model). */
    private void noteStart(AllureLifecycle lifecycle, String uuid, String key) {
        lifecycle.updateTestCase(uuid, r -> {
            if (r.getStart() != null) {
                firstStart.merge(key, r.getStart(), Math::min);
            }
        });
    }

    private static Long earlier(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.min(a, b));
    }

    /**
     * The uuid of the Allure result of the JUnit node {@code nodeId}, or null. The thread's current
     * result may belong to another node: a benchmark run by EngineTestKit inside a test runs on the
     * thread of that outer test, whose result must not receive the inner nodes' evidence.
     */
    private static String resultOf(AllureLifecycle lifecycle, String nodeId) {
        String uuid = lifecycle.getCurrentTestCase().orElse(null);
        if (uuid == null) {
            return null;
        }
        boolean[] mine = new boolean[1];
        lifecycle.updateTestCase(uuid, r -> mine[0] = r.getLabels().stream().anyMatch(l ->
                AllureJunitPlatform.JUNIT_PLATFORM_UNIQUE_ID.equals(l.getName()) && nodeId.equals(l.getValue())));
        return mine[0] ? uuid : null;
    }

    private interface LifecycleWork {
        void run(AllureLifecycle lifecycle) throws Exception;
    }

    private static void guarded(LifecycleWork work) {
        try {
            work.run(Allure.getLifecycle());
        } catch (Exception | LinkageError e) {
            ReportingFailures.log("the Allure lifecycle", e);
        }
    }
}
