package dev.assay.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.TensorInfo;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * Makes the tensor an input expects out of a {@link FlatValue}: fits the shape (adding the batch
 * dimension for one case), checks it against the model's fixed dimensions, and converts the elements
 * to the model's element type, refusing conversions that would change a value.
 */
final class TensorFactory {

    private TensorFactory() {
    }

    /**
     * @param oneCase whether the value is one case (a batch dimension of 1 is added when the model's rank
     *                is one more than the value's) or already a batch
     */
    static OnnxTensor create(OrtEnvironment env, SessionInfo model, NodeInfo input, FlatValue value, boolean oneCase)
            throws OrtException {
        TensorInfo expected = tensorInfo(model, input);
        long[] shape = fitShape(model, input, expected, value, oneCase);
        String type = Signatures.typeName(expected);
        switch (type) {
            case "float":
                return OnnxTensor.createTensor(env, FloatBuffer.wrap(toFloats(model, input, value)), shape);
            case "double":
                return OnnxTensor.createTensor(env, DoubleBuffer.wrap(toDoubles(model, input, value)), shape);
            case "int64":
                return OnnxTensor.createTensor(env, LongBuffer.wrap(toLongs(model, input, value)), shape);
            case "int32": {
                long[] longs = toLongs(model, input, value);
                int[] ints = new int[longs.length];
                for (int i = 0; i < longs.length; i++) {
                    if (longs[i] != (int) longs[i]) {
                        throw mismatch(model, input, "holds " + longs[i] + " at flat index " + i
                                + ", which does not fit int32");
                    }
                    ints[i] = (int) longs[i];
                }
                return OnnxTensor.createTensor(env, IntBuffer.wrap(ints), shape);
            }
            case "string":
                if (!value.isText()) {
                    throw mismatch(model, input, "holds numbers; pass text for a string input");
                }
                return OnnxTensor.createTensor(env, value.texts, shape);
            default:
                throw mismatch(model, input, "cannot be built by OnnxRun for element type [" + type
                        + "]; build an OnnxTensor yourself and pass it with OnnxRun.tensor(name, tensor)");
        }
    }

    /** Checks a tensor the caller built against what the model expects. */
    static void check(SessionInfo model, NodeInfo input, OnnxTensor tensor) {
        TensorInfo expected = tensorInfo(model, input);
        TensorInfo actual = tensor.getInfo();
        if (actual.onnxType != expected.onnxType) {
            throw mismatch(model, input, "is a " + Signatures.typeName(actual) + " tensor");
        }
        checkDims(model, input, expected, actual.getShape(), actual.getShape());
    }

    private static TensorInfo tensorInfo(SessionInfo model, NodeInfo input) {
        if (input.getInfo() instanceof TensorInfo tensor) {
            return tensor;
        }
        throw new OnnxInputException("input [" + input.getName() + "] of model [" + model.name() + "] is "
                + input.getInfo() + ", not a tensor; OnnxRun feeds tensors only");
    }

    private static long[] fitShape(SessionInfo model, NodeInfo input, TensorInfo expected, FlatValue value,
                                   boolean oneCase) {
        int modelRank = expected.getShape().length;
        long[] shape = value.shape;
        if (oneCase && shape.length == modelRank - 1) {
            long[] batched = new long[modelRank];
            batched[0] = 1;
            System.arraycopy(shape, 0, batched, 1, shape.length);
            shape = batched;
        }
        if (shape.length != modelRank) {
            throw mismatch(model, input, "has shape " + Arrays.toString(value.shape) + " (rank " + value.shape.length
                    + "); " + (oneCase ? "one case needs rank " + (modelRank - 1) + " (or " + modelRank
                    + " with the batch dimension)" : "a batch needs rank " + modelRank));
        }
        checkDims(model, input, expected, shape, value.shape);
        return shape;
    }

    private static void checkDims(SessionInfo model, NodeInfo input, TensorInfo expected, long[] shape, long[] given) {
        long[] modelShape = expected.getShape();
        for (int d = 0; d < modelShape.length; d++) {
            if (modelShape[d] >= 0 && modelShape[d] != shape[d]) {
                throw mismatch(model, input, "has shape " + Arrays.toString(given) + ", fed as "
                        + Arrays.toString(shape) + ": dimension " + d + " must be " + modelShape[d]);
            }
        }
    }

    private static float[] toFloats(SessionInfo model, NodeInfo input, FlatValue value) {
        if (value.floats != null) {
            return value.floats;
        }
        requireNumbers(model, input, value);
        float[] out = new float[value.size()];
        if (value.doubles != null) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) value.doubles[i];
            }
        } else {
            for (int i = 0; i < out.length; i++) {
                out[i] = value.longs[i];
            }
        }
        return out;
    }

    private static double[] toDoubles(SessionInfo model, NodeInfo input, FlatValue value) {
        if (value.doubles != null) {
            return value.doubles;
        }
        requireNumbers(model, input, value);
        double[] out = new double[value.size()];
        if (value.floats != null) {
            // A float[] for a double input would silently lose the precision the model was built for.
            throw mismatch(model, input, "is a float[]; pass double[] or the case's numbers (c.input(...))");
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = value.longs[i];
        }
        return out;
    }

    private static long[] toLongs(SessionInfo model, NodeInfo input, FlatValue value) {
        if (value.longs != null) {
            return value.longs;
        }
        requireNumbers(model, input, value);
        long[] out = new long[value.size()];
        for (int i = 0; i < out.length; i++) {
            double v = value.floats != null ? value.floats[i] : value.doubles[i];
            if (v != Math.rint(v) || Double.isInfinite(v)) {
                throw mismatch(model, input, "holds " + v + " at flat index " + i + ", which is not an integer");
            }
            out[i] = (long) v;
        }
        return out;
    }

    private static void requireNumbers(SessionInfo model, NodeInfo input, FlatValue value) {
        if (value.isText()) {
            String sample = value.texts.length == 0 ? "" : value.texts[0];
            throw mismatch(model, input, "holds text [" + (sample.length() > 40 ? sample.substring(0, 40) + "…" : sample)
                    + "]; pass numbers (tokenize text with OnnxTokenizer)");
        }
    }

    static OnnxInputException mismatch(SessionInfo model, NodeInfo input, String problem) {
        return new OnnxInputException("input [" + input.getName() + "] of model [" + model.name() + "] expects "
                + Signatures.signature(input).substring(input.getName().length() + 2) + " but the value " + problem);
    }

    /** Model inputs, for messages that list them. */
    static List<String> names(SessionInfo model) {
        return List.copyOf(model.inputs().keySet());
    }
}
