package dev.assay.onnx;

import ai.onnxruntime.OrtSession;
import dev.assay.junit.RecordedRuntimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Engine fixture: run by OnnxDeviceTest, never on its own. */
@ExtendWith({OnnxSessionResolver.class, OnnxDeviceCondition.class, RecordedRuntimes.class})
class OnnxGpuTestCase {

    @Test
    void cuda(@Onnx(value = "fixtures/models/digits-mlp.onnx", device = Onnx.Device.CUDA) OrtSession s) {
    }

    @Test
    void auto(@Onnx(value = "fixtures/models/digits-mlp.onnx", device = Onnx.Device.AUTO) OrtSession s) {
    }
}
