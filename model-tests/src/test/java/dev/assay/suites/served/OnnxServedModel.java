package dev.assay.suites.served;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.assay.inference.Datatype;
import dev.assay.inference.Tensor;
import dev.assay.inference.TensorMetadata;
import dev.assay.testkit.ServedModel;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ONNX Runtime session as a {@link ServedModel}: the metadata is the session's own inputs and outputs
 * (symbolic dimensions as -1, as Triton reports them), and each request runs the session, so the
 * stand-in serves the model as Triton's ONNX Runtime backend would. Float, double and int64 tensors,
 * which is what the fixture models use.
 */
final class OnnxServedModel {

    private OnnxServedModel() {
    }

    static ServedModel of(String name, OrtSession session) throws OrtException {
        return ServedModel.of(name, metadata(session.getInputInfo()), metadata(session.getOutputInfo()), in -> run(session, in))
                .platform("onnxruntime_onnx");
    }

    private static Map<String, Tensor> run(OrtSession session, Map<String, Tensor> inputs) {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        Map<String, OnnxTensor> feed = new HashMap<>();
        try {
            for (Tensor t : inputs.values()) {
                feed.put(t.name(), switch (t.datatype()) {
                    case FP32 -> OnnxTensor.createTensor(env, FloatBuffer.wrap(t.floats()), t.shape());
                    case FP64 -> OnnxTensor.createTensor(env, DoubleBuffer.wrap(t.doubles()), t.shape());
                    case INT64 -> OnnxTensor.createTensor(env, LongBuffer.wrap(t.longs()), t.shape());
                    default -> throw new IllegalArgumentException("the ONNX stand-in serves FP32, FP64 and INT64, not " + t.datatype());
                });
            }
            Map<String, Tensor> out = new LinkedHashMap<>();
            try (OrtSession.Result result = session.run(feed)) {
                for (Map.Entry<String, OnnxValue> e : result) {
                    OnnxTensor value = (OnnxTensor) e.getValue();
                    long[] shape = value.getInfo().getShape();
                    out.put(e.getKey(), switch (value.getInfo().type) {
                        case FLOAT -> Tensor.fp32(e.getKey(), shape, floats(value.getFloatBuffer()));
                        case DOUBLE -> Tensor.fp64(e.getKey(), shape, doubles(value.getDoubleBuffer()));
                        case INT64 -> Tensor.int64(e.getKey(), shape, longs(value.getLongBuffer()));
                        default -> throw new IllegalStateException("output [" + e.getKey() + "] is " + value.getInfo().type);
                    });
                }
            }
            return out;
        } catch (OrtException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    private static List<TensorMetadata> metadata(Map<String, NodeInfo> nodes) {
        List<TensorMetadata> out = new ArrayList<>();
        nodes.forEach((name, node) -> {
            TensorInfo info = (TensorInfo) node.getInfo();
            List<Long> shape = new ArrayList<>();
            for (long d : info.getShape()) {
                shape.add(d < 0 ? -1L : d);
            }
            out.add(new TensorMetadata(name, datatype(info.type), shape));
        });
        return out;
    }

    private static Datatype datatype(OnnxJavaType type) {
        return switch (type) {
            case FLOAT -> Datatype.FP32;
            case DOUBLE -> Datatype.FP64;
            case INT64 -> Datatype.INT64;
            case INT32 -> Datatype.INT32;
            case BOOL -> Datatype.BOOL;
            case STRING -> Datatype.BYTES;
            default -> throw new IllegalArgumentException("no Open Inference Protocol datatype for ONNX type " + type);
        };
    }

    private static float[] floats(FloatBuffer b) {
        float[] a = new float[b.remaining()];
        b.get(a);
        return a;
    }

    private static double[] doubles(DoubleBuffer b) {
        double[] a = new double[b.remaining()];
        b.get(a);
        return a;
    }

    private static long[] longs(LongBuffer b) {
        long[] a = new long[b.remaining()];
        b.get(a);
        return a;
    }
}
