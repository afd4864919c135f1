package dev.assay.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code RunReporter} is used to turn a benchmark run into an output: Assay calls every reporter of
 * the run as cases, warmups, model summaries and comparisons finish, and once when the run ends.
 * {@code summary.json} ({@link SummaryFileReporter}), the console table ({@link ConsoleReporter})
 * and the Allure results of {@code assay-allure} are implementations; a new output format is one
 * new class, found through a {@link RunReporterFactory} service.
 *
 * <p>Every method has an empty default, so a reporter implements only what it shows. Calls come
 * from the threads that run the test nodes (in parallel when JUnit runs in parallel), each while
 * the node it reports on is still running, so a reporter can attach to that node. A reporter that
 * can fail should keep its failures to itself: a report must never change a test's outcome.
 *
 * <pre>{@code
 * public final class CsvReporter implements RunReporter {
 *     @Override
 *     public void runFinished(RunInfo run, Summary summary) {
 *         // write run.dir().resolve("metrics.csv") from summary
 *     }
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface RunReporter {

    /** A case node finished: its journal record and what the journal does not keep. */
    default void caseFinished(CaseEvidence evidence) {
    }

    /** A batch node finished: one evidence per case, in batch order. */
    default void batchFinished(List<CaseEvidence> evidence) {
    }

    /** A warmup call finished (it measured nothing; {@code failed} says whether it broke). */
    default void warmupFinished(WarmupEvidence warmup) {
    }

    /** A model's summary node computed its metrics and threshold verdicts. */
    default void modelSummarised(ModelEvidence model) {
    }

    /** A comparison node computed its paired tests and verdicts. */
    default void comparisonFinished(ComparisonEvidence comparison) {
    }

    /** A {@code @Baseline} node checked a model against its stored baseline, stored it, or could not check it. */
    default void baselineChecked(BaselineEvidence baseline) {
    }

    /**
     * A benchmark class finished.
     *
     * @param benchmark its results: every model's metrics, thresholds and comparisons
     * @param soFar the summary of every benchmark finished so far in the run, not yet complete
     */
    default void benchmarkFinished(RunInfo run, Summary.BenchmarkResult benchmark, Summary soFar) {
    }

    /** The run ended: the final summary of every benchmark that ran. */
    default void runFinished(RunInfo run, Summary summary) {
    }
}
