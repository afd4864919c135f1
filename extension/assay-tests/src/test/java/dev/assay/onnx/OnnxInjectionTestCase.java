package dev.assay.onnx;

import ai.onnxruntime.OrtSession;
import dev.assay.junit.RecordedRuntimes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Engine fixture: run by OnnxSessionResolverTest, never on its own. */
@ExtendWith({OnnxSessionResolver.class, OnnxDeviceCondition.class, RecordedRuntimes.class})
class OnnxInjectionTestCase {

    static final Map<String, OrtSession> SESSIONS = new ConcurrentHashMap<>();
    static final Map<OrtSession, Boolean> SHARED = new ConcurrentHashMap<>();

    @Test
    void logreg(@Onnx(value = "fixtures/models/breast-cancer-logreg.onnx", device = Onnx.Device.CPU) OrtSession s) {
        SESSIONS.put("logreg", s);
    }

    @Test
    void logregAgain(@Onnx(value = "fixtures/models/breast-cancer-logreg.onnx", device = Onnx.Device.CPU) OrtSession s) {
        SESSIONS.put("logregAgain", s);
    }

    @Test
    void logregOneThread(@Onnx(value = "fixtures/models/breast-cancer-logreg.onnx", device = Onnx.Device.CPU,
            intraOpThreads = 1, optimization = Onnx.Optimization.BASIC) OrtSession s) {
        SESSIONS.put("logregOneThread", s);
    }

    @Test
    void fromClasspath(@Onnx(value = "onnx/echo.onnx", device = Onnx.Device.CPU) OrtSession s) {
        SESSIONS.put("fromClasspath", s);
    }

    @RepeatedTest(16)
    void parallel(@Onnx(value = "fixtures/models/digits-mlp.onnx", device = Onnx.Device.CPU) OrtSession s)
            throws InterruptedException {
        SHARED.put(s, true);
        Thread.sleep(5);
    }
}
