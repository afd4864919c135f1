package dev.assay.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;

/**
 * {@code Outcome} is used inside a {@link BenchmarkTest @BenchmarkTest} method to record what the
 * model did on the case: its prediction, label probabilities, the timed region, token counts and
 * per-case scores. Everything recorded goes into the case's journal record.
 *
 * <p>Latency is the whole method call unless {@link #time(Callable)} marks the part that counts
 * (for example the model call without the feature extraction around it).
 *
 * <pre>{@code
 * float[] probs = out.time(() -> run(session, c));
 * out.predict(probs[1] > 0.5 ? "1" : "0");
 * out.probabilities(Map.of("0", (double) probs[0], "1", (double) probs[1]));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface Outcome {

    /** Records the prediction: a label, a number, a list of labels, a text or a JSON-like value. */
    Outcome predict(Object predicted);

    /** Records label probabilities (label → probability in [0, 1]). */
    Outcome probabilities(Map<String, ? extends Number> probabilities);

    /** Runs {@code region}, counting only its duration as the case's latency, and returns its result. */
    <T> T time(Callable<T> region) throws Exception;

    /** Records the case's latency measured by the caller (for example by a provider client). */
    Outcome latencyMs(double millis);

    /** Records time to first token of a streamed reply. */
    Outcome ttftMs(double millis);

    /** Records token usage. */
    Outcome tokens(int in, int out);

    /** Records a per-case score (for example a judge's score), usable in {@link CaseThreshold @CaseThreshold}. */
    Outcome score(String name, double value);

    /**
     * Records a per-case score that improves in the given direction ({@code out.score("cost_usd", 0.002,
     * Better.LOWER)}). The direction is kept in the run's {@code benchmarks.json}; one score name has one
     * direction per benchmark.
     */
    Outcome score(String name, double value, Better better);

    /**
     * Attaches a text a person should be able to read beside the case (a judge's reasoning, the raw
     * reply): published as the case node's report entry {@code name} (IDE, Allure, any listener of report entries),
     * not scored. Attaching the same name again replaces the text.
     */
    Outcome attach(String name, String text);

    /** Records how many attempts the call took (retries included). */
    Outcome attempts(int attempts);

    /**
     * Marks the model's output as unparseable: the case is recorded with status {@code unparseable}
     * and counts against {@code success_rate}, not as a broken test.
     */
    Outcome unparseable(String reason);

    /**
     * Records what was sent to the model (an LLM prompt), shown with the case in the Allure report.
     * It is not written to the journal; secrets found in it are redacted before it is shown.
     */
    default Outcome prompt(String text) {
        return this;
    }

    /** Records the model's reply verbatim, shown with the case in the Allure report (not in the journal). */
    default Outcome reply(String text) {
        return this;
    }
}
