package dev.assay.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ModelProtoTest {

    @ParameterizedTest
    @ValueSource(strings = {"breast-cancer-logreg", "digits-mlp", "diabetes-ridge"})
    void facts_match_what_the_onnx_python_package_counted(String name) throws Exception {
        JsonNode reference = Fixtures.reference(name);

        ModelProto.Facts facts = ModelProto.read(ByteBuffer.wrap(Files.readAllBytes(Fixtures.model(name))));

        assertThat(facts.parameters()).isEqualTo(reference.get("parameters").asLong());
        assertThat(facts.opset()).isEqualTo(reference.get("opset").asLong());
        assertThat(facts.producer()).startsWith(reference.get("producer").asText());
        assertThat(facts.irVersion()).isEqualTo(8);
    }

    @Test
    void packed_and_unpacked_dims_multiply_and_a_tensor_without_dims_is_a_scalar() throws Exception {
        // ModelProto{ir_version=7, graph{name="g", initializer{dims=[2,3] packed}, initializer{dims=4, dims=5},
        // initializer{}}, opset_import{domain="", version=17}}
        byte[] packed = {0x0a, 0x02, 0x02, 0x03};
        byte[] unpacked = {0x08, 0x04, 0x08, 0x05};
        byte[] scalar = {0x10, 0x01};
        ByteBuffer graph = ByteBuffer.allocate(64);
        graph.put(new byte[] {0x12, 0x01, 'g'});
        graph.put((byte) 0x2a).put((byte) packed.length).put(packed);
        graph.put((byte) 0x2a).put((byte) unpacked.length).put(unpacked);
        graph.put((byte) 0x2a).put((byte) scalar.length).put(scalar);
        graph.flip();
        ByteBuffer model = ByteBuffer.allocate(128);
        model.put(new byte[] {0x08, 0x07});
        model.put((byte) 0x3a).put((byte) graph.remaining()).put(graph);
        model.put(new byte[] {0x42, 0x02, 0x10, 0x11});
        model.flip();

        ModelProto.Facts facts = ModelProto.read(model);

        assertThat(facts.parameters()).isEqualTo(6 + 20 + 1);
        assertThat(facts.initializers()).isEqualTo(3);
        assertThat(facts.opset()).isEqualTo(17);
        assertThat(facts.graphName()).isEqualTo("g");
    }

    @Test
    void text_is_not_an_onnx_model() {
        ByteBuffer text = ByteBuffer.wrap("this is a text file, not an ONNX model\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ModelProto.read(text)).isInstanceOf(ModelProto.NotOnnxException.class);
    }

    @Test
    void a_truncated_model_is_not_an_onnx_model() throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.model("digits-mlp"));
        ByteBuffer truncated = ByteBuffer.wrap(bytes, 0, bytes.length / 2);

        assertThatThrownBy(() -> ModelProto.read(truncated))
                .isInstanceOf(ModelProto.NotOnnxException.class)
                .hasMessageContaining("runs past the end");
    }
}
