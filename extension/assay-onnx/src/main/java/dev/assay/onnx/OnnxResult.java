package dev.assay.onnx;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code OnnxResult} is used to read a session's outputs as predictions: a label, label
 * probabilities, a score or an embedding per case. Labels come from the model's {@code labels}
 * metadata when it has some, else they are class indices ({@code "0"}, {@code "1"}, …).
 *
 * <p>Every number read is checked: NaN or an infinity throws {@link InvalidModelOutputException}, so
 * the case is recorded as an error with that reason instead of being scored. The single-case methods
 * ({@link #label}, {@link #probabilities}, {@link #score}, {@link #embedding}) read row 0; the plural
 * ones read every row of a batch.
 *
 * <pre>{@code
 * try (OnnxResult r = OnnxRun.of(session).input("features", c.input("features")).run()) {
 *     out.predict(r.label("label")).probabilities(r.probabilities("probabilities"));
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class OnnxResult implements AutoCloseable {

    private final OrtSession.Result result;
    private final SessionInfo model;

    OnnxResult(OrtSession.Result result, SessionInfo model) {
        this.result = result;
        this.model = model;
    }

    /** ONNX Runtime's own result, for outputs these methods do not cover; closed with this one. */
    public OrtSession.Result raw() {
        return result;
    }

    /** The shape of an output. */
    public long[] shape(String output) {
        return tensor(output).getInfo().getShape();
    }

    /** The predicted label of the first case: from an integer class index, a string output, or the argmax of scores. */
    public String label(String output) {
        return labels(output).get(0);
    }

    /** The predicted label of every case, in batch order. */
    public List<String> labels(String output) {
        OnnxTensor tensor = tensor(output);
        TensorInfo info = tensor.getInfo();
        String type = Signatures.typeName(info);
        List<String> labels = new ArrayList<>();
        switch (type) {
            case "int64": {
                LongBuffer b = tensor.getLongBuffer();
                while (b.hasRemaining()) {
                    labels.add(model.label(b.get()));
                }
                return labels;
            }
            case "int32": {
                IntBuffer b = tensor.getIntBuffer();
                while (b.hasRemaining()) {
                    labels.add(model.label(b.get()));
                }
                return labels;
            }
            case "string":
                try {
                    Object value = tensor.getValue();
                    if (value instanceof String[] strings) {
                        return Arrays.asList(strings);
                    }
                    if (value instanceof String single) {
                        return List.of(single);
                    }
                } catch (OrtException e) {
                    throw new IllegalStateException("cannot read output [" + output + "]: " + e.getMessage(), e);
                }
                throw new IllegalArgumentException("output [" + output + "] of model [" + model.name()
                        + "] is a string tensor of rank " + info.getShape().length + "; labels need rank 1");
            default: {
                double[][] rows = rows(output);
                for (double[] row : rows) {
                    int best = 0;
                    for (int k = 1; k < row.length; k++) {
                        if (row[k] > row[best]) {
                            best = k;
                        }
                    }
                    labels.add(model.label(best));
                }
                return labels;
            }
        }
    }

    /** Label → probability for the first case, from an output of shape {@code [N, classes]}. */
    public Map<String, Double> probabilities(String output) {
        return allProbabilities(output).get(0);
    }

    /** Label → probability for every case of a batch. */
    public List<Map<String, Double>> allProbabilities(String output) {
        double[][] rows = rows(output);
        List<Map<String, Double>> all = new ArrayList<>(rows.length);
        for (double[] row : rows) {
            Map<String, Double> probabilities = new LinkedHashMap<>();
            for (int k = 0; k < row.length; k++) {
                probabilities.put(model.label(k), row[k]);
            }
            all.add(probabilities);
        }
        return all;
    }

    /** The single number the model gives for the first case (regression), from {@code [N]} or {@code [N, 1]}. */
    public double score(String output) {
        return scores(output)[0];
    }

    /** The single number the model gives for every case of a batch. */
    public double[] scores(String output) {
        double[][] rows = rows(output);
        double[] scores = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != 1) {
                throw new IllegalArgumentException("output [" + output + "] of model [" + model.name() + "] has "
                        + rows[i].length + " values per case (shape " + Arrays.toString(shape(output))
                        + "); a score needs one — use probabilities(...) or embedding(...)");
            }
            scores[i] = rows[i][0];
        }
        return scores;
    }

    /** The first case's vector, from an output of shape {@code [N, D]}. */
    public float[] embedding(String output) {
        return embeddings(output)[0];
    }

    /** Every case's vector, from an output of shape {@code [N, D]}. */
    public float[][] embeddings(String output) {
        double[][] rows = rows(output);
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = new float[rows[i].length];
            for (int k = 0; k < rows[i].length; k++) {
                out[i][k] = (float) rows[i][k];
            }
        }
        return out;
    }

    /**
     * Sentence embeddings from token embeddings of shape {@code [N, T, D]}: the mean over the tokens
     * whose attention mask is 1, as sentence-transformers computes them.
     */
    public float[][] meanPooled(String output, long[][] attentionMask) {
        OnnxTensor tensor = tensor(output);
        long[] shape = tensor.getInfo().getShape();
        if (shape.length != 3 || shape[0] != attentionMask.length) {
            throw new IllegalArgumentException("output [" + output + "] of model [" + model.name() + "] has shape "
                    + Arrays.toString(shape) + "; mean pooling needs [" + attentionMask.length + ", tokens, dims]");
        }
        int n = (int) shape[0];
        int t = (int) shape[1];
        int d = (int) shape[2];
        float[] values = floats(output, tensor);
        float[][] pooled = new float[n][d];
        for (int i = 0; i < n; i++) {
            if (attentionMask[i].length != t) {
                throw new IllegalArgumentException("attention mask row " + i + " has " + attentionMask[i].length
                        + " tokens but output [" + output + "] has " + t);
            }
            int count = 0;
            for (int j = 0; j < t; j++) {
                if (attentionMask[i][j] == 0) {
                    continue;
                }
                count++;
                int base = (i * t + j) * d;
                for (int k = 0; k < d; k++) {
                    pooled[i][k] += values[base + k];
                }
            }
            for (int k = 0; k < d; k++) {
                pooled[i][k] /= Math.max(count, 1);
            }
        }
        return pooled;
    }

    /** The output's values, row-major, checked to be finite. */
    public float[] values(String output) {
        return floats(output, tensor(output));
    }

    /** Closes the outputs. */
    @Override
    public void close() {
        result.close();
    }

    private float[] floats(String output, OnnxTensor tensor) {
        String type = Signatures.typeName(tensor.getInfo());
        float[] values;
        if (type.equals("float")) {
            FloatBuffer b = tensor.getFloatBuffer();
            values = new float[b.remaining()];
            b.get(values);
        } else {
            double[][] rows = rows(output);
            values = new float[rows.length == 0 ? 0 : rows.length * rows[0].length];
            int i = 0;
            for (double[] row : rows) {
                for (double v : row) {
                    values[i++] = (float) v;
                }
            }
            return values;
        }
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw notFinite(output, values[i], i, tensor.getInfo().getShape());
            }
        }
        return values;
    }

    /** The output as one row per case (first dimension), every value checked to be finite. */
    private double[][] rows(String output) {
        OnnxTensor tensor = tensor(output);
        long[] shape = tensor.getInfo().getShape();
        String type = Signatures.typeName(tensor.getInfo());
        double[] flat;
        switch (type) {
            case "float": {
                FloatBuffer b = tensor.getFloatBuffer();
                flat = new double[b.remaining()];
                for (int i = 0; i < flat.length; i++) {
                    flat[i] = b.get(i);
                }
                break;
            }
            case "double": {
                DoubleBuffer b = tensor.getDoubleBuffer();
                flat = new double[b.remaining()];
                b.get(flat);
                break;
            }
            case "int64": {
                LongBuffer b = tensor.getLongBuffer();
                flat = new double[b.remaining()];
                for (int i = 0; i < flat.length; i++) {
                    flat[i] = b.get(i);
                }
                break;
            }
            case "int32": {
                IntBuffer b = tensor.getIntBuffer();
                flat = new double[b.remaining()];
                for (int i = 0; i < flat.length; i++) {
                    flat[i] = b.get(i);
                }
                break;
            }
            default:
                throw new IllegalArgumentException("output [" + output + "] of model [" + model.name() + "] is a "
                        + type + " tensor; read it with raw() — only numeric outputs give scores");
        }
        for (int i = 0; i < flat.length; i++) {
            if (!Double.isFinite(flat[i])) {
                throw notFinite(output, flat[i], i, shape);
            }
        }
        int n = shape.length == 0 ? 1 : (int) shape[0];
        int width = n == 0 ? 0 : flat.length / n;
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = Arrays.copyOfRange(flat, i * width, (i + 1) * width);
        }
        return rows;
    }

    private InvalidModelOutputException notFinite(String output, double value, int flatIndex, long[] shape) {
        long[] index = new long[shape.length];
        long rest = flatIndex;
        for (int d = shape.length - 1; d >= 0; d--) {
            index[d] = shape[d] == 0 ? 0 : rest % shape[d];
            rest = shape[d] == 0 ? 0 : rest / shape[d];
        }
        String what = Double.isNaN(value) ? "NaN" : value > 0 ? "+Infinity" : "-Infinity";
        return new InvalidModelOutputException("output [" + output + "] of model [" + model.name() + "] is " + what
                + " at " + Arrays.toString(index) + " (shape " + Arrays.toString(shape)
                + "); the model gave no usable prediction for this case");
    }

    private OnnxTensor tensor(String output) {
        OnnxValue value = result.get(output).orElseThrow(() -> new IllegalArgumentException("model ["
                + model.name() + "] has no output [" + output + "]; its outputs are "
                + Signatures.signatures(model.outputs())));
        if (value instanceof OnnxTensor tensor) {
            return tensor;
        }
        throw new IllegalArgumentException("output [" + output + "] of model [" + model.name() + "] is a "
                + value.getType() + ", not a tensor; read it with raw()");
    }
}
