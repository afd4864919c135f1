package dev.assay.onnx;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.Map;

/**
 * A session in the root store with the facts reported for it; the store closes it once, when the run
 * ends.
 */
record LoadedSession(OrtSession session, Map<String, Object> facts) implements AutoCloseable {

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
