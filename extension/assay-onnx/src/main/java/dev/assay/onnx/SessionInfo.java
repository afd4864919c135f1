package dev.assay.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxModelMetadata;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What the helpers need to know about a session (its graph name for messages, input and output
 * signatures, class labels), read once per session: each of these is a JNI call that would otherwise
 * cost every case of a throughput benchmark.
 *
 * @param name the graph name, used in messages as the model's name
 * @param inputs the model's inputs by name, in model order
 * @param outputs the model's outputs by name, in model order
 * @param labels class labels from the model's {@code labels} metadata (comma-separated), empty if none
 */
record SessionInfo(String name, Map<String, NodeInfo> inputs, Map<String, NodeInfo> outputs, List<String> labels) {

    /**
     * Keyed by session identity and weakly, so a closed and collected session leaves nothing behind.
     * Static because the helpers are called with a bare OrtSession and no ExtensionContext; the values
     * are immutable facts derived from the session, not test state.
     */
    private static final Map<OrtSession, SessionInfo> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    static SessionInfo of(OrtSession session) {
        SessionInfo info = CACHE.get(session);
        if (info == null) {
            info = read(session);
            CACHE.put(session, info);
        }
        return info;
    }

    private static SessionInfo read(OrtSession session) {
        try {
            OnnxModelMetadata metadata = session.getMetadata();
            String name = metadata.getGraphName() == null || metadata.getGraphName().isBlank() ? "unnamed graph"
                    : metadata.getGraphName();
            List<String> labels = metadata.getCustomMetadataValue("labels")
                    .map(v -> Arrays.stream(v.split(",", -1)).map(String::strip).toList())
                    .orElse(List.of());
            return new SessionInfo(name, Collections.unmodifiableMap(session.getInputInfo()),
                    Collections.unmodifiableMap(session.getOutputInfo()), labels);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot describe the session (was it closed?): "
                    + e.getMessage(), e);
        }
    }

    /** The label of class {@code index}: the model's own label when it declares them, else the index. */
    String label(long index) {
        if (labels.isEmpty()) {
            return Long.toString(index);
        }
        if (index < 0 || index >= labels.size()) {
            throw new InvalidModelOutputException("model [" + name + "] predicted class index " + index
                    + " but declares only " + labels.size() + " labels " + labels);
        }
        return labels.get((int) index);
    }
}
