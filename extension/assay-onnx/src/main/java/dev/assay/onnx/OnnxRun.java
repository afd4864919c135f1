package dev.assay.onnx;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code OnnxRun} is used to feed a session from case fields and run it in one line: values become
 * tensors of the element type and shape each input expects (float, double, int64, int32, string),
 * one case gets its batch dimension added, several cases are stacked into one batch.
 *
 * <p>Inputs are checked before the run: an unknown name lists the model's inputs; a wrong rank, a
 * fixed dimension that differs, text for a numeric input or a fraction for an integer one say what
 * the model expects. The tensors it creates are closed after the run.
 *
 * <pre>{@code
 * try (OnnxResult r = OnnxRun.of(session).input("features", c.input("features")).run()) {
 *     out.predict(r.label("label")).probabilities(r.probabilities("probabilities"));
 * }
 * // several cases at once (throughput):
 * try (OnnxResult r = OnnxRun.of(session).batch("features", cases, c -> c.input("features")).run()) {
 *     List<String> labels = r.labels("label");
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class OnnxRun {

    private final OrtSession session;
    private final SessionInfo model;
    private final Map<String, OnnxTensor> inputs = new LinkedHashMap<>();
    private final List<OnnxTensor> owned = new ArrayList<>();

    private OnnxRun(OrtSession session) {
        this.session = session;
        this.model = SessionInfo.of(session);
    }

    /** Starts feeding {@code session}. */
    public static OnnxRun of(OrtSession session) {
        return new OnnxRun(session);
    }

    /**
     * Feeds one case's value: a number, text, array, or (nested) list as read from a case field. A batch
     * dimension of 1 is added when the model expects one more dimension than the value has.
     *
     * @throws OnnxInputException when the model has no such input or the value does not fit it
     */
    public OnnxRun input(String name, Object value) {
        NodeInfo input = node(name);
        return add(name, FlatValue.of(value, "value for input [" + name + "]"), input, true);
    }

    /**
     * Feeds several cases' values as one batch, stacked along a new first dimension in list order.
     *
     * @throws OnnxInputException when the model has no such input, rows differ in shape, or they do not fit
     */
    public OnnxRun batch(String name, List<?> rows) {
        NodeInfo input = node(name);
        return add(name, FlatValue.stack(rows, "batch for input [" + name + "]"), input, false);
    }

    /** Feeds several cases as one batch, {@code field} giving each case's value. */
    public <C> OnnxRun batch(String name, List<C> cases, java.util.function.Function<? super C, ?> field) {
        List<Object> rows = new ArrayList<>(cases.size());
        for (C c : cases) {
            rows.add(field.apply(c));
        }
        return batch(name, rows);
    }

    /** Feeds a batch of int64 rows to {@code name} when the model has that input; used by tokenizers. */
    OnnxRun batchIfPresent(String name, long[][] rows) {
        NodeInfo input = model.inputs().get(name);
        if (input == null) {
            return this;
        }
        int width = rows.length == 0 ? 0 : rows[0].length;
        long[] flat = new long[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * width, width);
        }
        return add(name, FlatValue.ofLongs(flat, new long[] {rows.length, width}), input, false);
    }

    /** Feeds a tensor built by the caller, who keeps ownership; its type and fixed dimensions are checked. */
    public OnnxRun tensor(String name, OnnxTensor tensor) {
        NodeInfo input = node(name);
        TensorFactory.check(model, input, tensor);
        inputs.put(name, tensor);
        return this;
    }

    /**
     * Runs the session on the inputs fed so far and returns its outputs; the tensors this run created
     * are closed, the result must be closed by the caller.
     *
     * @throws OnnxInputException naming the model's inputs, when some were not fed
     */
    public OnnxResult run() throws OrtException {
        try {
            if (!inputs.keySet().containsAll(model.inputs().keySet())) {
                List<String> missing = new ArrayList<>(model.inputs().keySet());
                missing.removeAll(inputs.keySet());
                throw new OnnxInputException("model [" + model.name() + "] also needs the inputs " + missing
                        + "; its inputs are " + Signatures.signatures(model.inputs()));
            }
            return new OnnxResult(session.run(inputs), model);
        } finally {
            closeOwned();
        }
    }

    private OnnxRun add(String name, FlatValue value, NodeInfo input, boolean oneCase) {
        OnnxTensor tensor;
        try {
            tensor = TensorFactory.create(OrtEnvironment.getEnvironment(), model, input, value, oneCase);
        } catch (OrtException e) {
            closeOwned();
            throw new OnnxInputException("ONNX Runtime cannot build input [" + name + "] of model [" + model.name()
                    + "]: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // The run will never happen: free the native memory of the inputs built so far.
            closeOwned();
            throw e;
        }
        OnnxTensor previous = inputs.put(name, tensor);
        if (previous != null && owned.remove(previous)) {
            previous.close();
        }
        owned.add(tensor);
        return this;
    }

    private void closeOwned() {
        for (OnnxTensor t : owned) {
            t.close();
        }
        owned.clear();
        inputs.clear();
    }

    private NodeInfo node(String name) {
        NodeInfo input = model.inputs().get(name);
        if (input == null) {
            throw new OnnxInputException("model [" + model.name() + "] has no input [" + name + "]; its inputs are "
                    + Signatures.signatures(model.inputs()));
        }
        return input;
    }
}
