package dev.assay.onnx;

import ai.onnxruntime.OrtSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Engine fixture: run by OnnxSessionResolverTest, never on its own. */
@ExtendWith({OnnxSessionResolver.class, OnnxDeviceCondition.class})
class OnnxBadModelTestCase {

    @Test
    void missing(@Onnx(value = "fixtures/models/no-such-model.onnx", device = Onnx.Device.CPU) OrtSession s) {
    }

    @Test
    void notOnnx(@Onnx(value = "extension/assay-tests/src/test/resources/onnx/not-a-model.onnx", device = Onnx.Device.CPU)
                 OrtSession s) {
    }

    @Test
    void wrongType(@Onnx("fixtures/models/digits-mlp.onnx") String s) {
    }
}
