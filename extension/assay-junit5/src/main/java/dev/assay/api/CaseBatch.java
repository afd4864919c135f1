package dev.assay.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code CaseBatch} is used by a {@code @BenchmarkTest(batch = N)} method to run several cases in one
 * model call: up to N cases of one round, in dataset order, each with its own {@link Outcome}. Every
 * case is recorded on its own, exactly as if it had run alone; a case whose outcome got no
 * prediction is recorded as an error, and an exception thrown by the method marks every case of the
 * batch with it.
 *
 * <pre>{@code
 * @BenchmarkTest(model = "minilm-int8", task = Task.REGRESSION, batch = 8)
 * void int8(CaseBatch batch, @Onnx("model.onnx") OrtSession session) throws Exception {
 *     double[] cosines = cosines(session, batch.texts("a"), batch.texts("b"));
 *     for (int i = 0; i < batch.size(); i++) {
 *         batch.outcome(i).predict(cosines[i]);
 *     }
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface CaseBatch {

    /** How many cases this batch holds (the last batch of a round may hold fewer than asked for). */
    int size();

    /** The cases, in dataset order. */
    List<BenchmarkCase> cases();

    /** Which round the batch belongs to, from 0. */
    int round();

    /** The case at a position in the batch. */
    default BenchmarkCase get(int index) {
        return cases().get(index);
    }

    /** The outcome of the case at a position in the batch: record that case's prediction here. */
    Outcome outcome(int index);

    /** One text field of every case, in batch order: what a tokenizer batch takes. */
    default List<String> texts(String name) {
        List<String> texts = new ArrayList<>(size());
        for (BenchmarkCase c : cases()) {
            texts.add(c.text(name));
        }
        return texts;
    }
}
