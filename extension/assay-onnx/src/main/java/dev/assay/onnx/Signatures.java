package dev.assay.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.TensorInfo;
import ai.onnxruntime.ValueInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Describes model inputs and outputs the way people read them, {@code features: float[N,30]}, for
 * the runtime facts and for every message that says what a model expects.
 */
final class Signatures {

    private Signatures() {
    }

    /** One map per input or output: name, element type and shape (symbolic dimensions by name). */
    static List<Map<String, Object>> describe(Map<String, NodeInfo> nodes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (NodeInfo node : nodes.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", node.getName());
            ValueInfo info = node.getInfo();
            if (info instanceof TensorInfo tensor) {
                entry.put("type", typeName(tensor));
                entry.put("shape", dims(tensor));
            } else {
                entry.put("type", info.toString());
            }
            out.add(entry);
        }
        return out;
    }

    /** {@code float}, {@code int64}, {@code string}: ONNX's own element type names. */
    static String typeName(TensorInfo tensor) {
        return tensor.onnxType.name().replace("ONNX_TENSOR_ELEMENT_DATA_TYPE_", "").toLowerCase(Locale.ROOT);
    }

    /** The shape with symbolic dimensions by name ({@code N}) and unnamed unknown ones as {@code ?}. */
    static List<Object> dims(TensorInfo tensor) {
        long[] shape = tensor.getShape();
        String[] names = tensor.getDimensionNames();
        List<Object> dims = new ArrayList<>();
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] >= 0) {
                dims.add(shape[i]);
            } else {
                dims.add(names != null && i < names.length && !names[i].isEmpty() ? names[i] : "?");
            }
        }
        return dims;
    }

    /** {@code features: float[N,30]}. */
    static String signature(NodeInfo node) {
        if (node.getInfo() instanceof TensorInfo tensor) {
            return node.getName() + ": " + typeName(tensor) + dims(tensor).toString().replace(" ", "");
        }
        return node.getName() + ": " + node.getInfo();
    }

    /** {@code [features: float[N,30], mask: int64[N,L]]}. */
    static String signatures(Map<String, NodeInfo> nodes) {
        List<String> all = new ArrayList<>();
        for (NodeInfo node : nodes.values()) {
            all.add(signature(node));
        }
        return all.toString();
    }
}
