package dev.assay.onnx;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A session in the root store with the facts reported for it; the store closes it once, when the run
 * ends.
 */
// CloseableResource as well: JUnit before 5.13 closes only those when the store closes.
record LoadedSession(OrtSession session, Map<String, Object> facts) implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
