package dev.assay.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The spec forms, tensors built from case fields, and the protocol's JSON as servers write it. */
class SpecAndTensorTest {

    @Test
    void specsNameAServerAndAModel() {
        assertThat(InferenceSpec.parse("v2+http://triton:8000/#resnet50")).satisfies(s -> {
            assertThat(s.name()).isEqualTo("custom");
            assertThat(s.baseUrl()).hasToString("http://triton:8000");
            assertThat(s.model()).isEqualTo("resnet50");
        });
        assertThat(InferenceSpec.parse("https://kserve.example/#m").baseUrl()).hasToString("https://kserve.example");
        assertThat(InferenceSpec.parse("triton:resnet50")).satisfies(s -> {
            assertThat(s.name()).isEqualTo("triton");
            assertThat(s.model()).isEqualTo("resnet50");
            assertThat(s.baseUrl()).isNull();
        });
        assertThat(InferenceSpec.parse("triton").model()).isNull();
        assertThat(InferenceSpec.parse("").name()).isEqualTo("default");
        assertThatThrownBy(() -> InferenceSpec.parse("v2+http://triton:8000"))
                .hasMessageStartingWith("Configuration error: @Inference spec [v2+http://triton:8000] is a URL without a model; "
                        + "write [v2+http://HOST:PORT#MODEL]");
        assertThatThrownBy(() -> InferenceSpec.parse("grpc://triton:8001#m")).hasMessageContaining("names the scheme [grpc]");
    }

    @Test
    void aSpecWithoutAModelNeedsOneConfigured() {
        assertThatThrownBy(() -> InferenceSettings.load(InferenceSpec.parse("triton"), "", key -> java.util.Optional.empty()))
                .hasMessage("Configuration error: @Inference [triton] names no model; write it as [NAME:MODEL] or "
                        + "[v2+http://HOST:PORT#MODEL], or set [assay.inference.triton.model]");
        InferenceSettings s = InferenceSettings.load(InferenceSpec.parse("triton"), "3",
                key -> java.util.Optional.ofNullable(java.util.Map.of("assay.inference.triton.model", "resnet50",
                        "assay.inference.baseUrl", "http://gpu:8000/v2/").get(key)));
        assertThat(s.model()).isEqualTo("resnet50");
        assertThat(s.baseUrl()).hasToString("http://gpu:8000");
        assertThat(s.modelPath()).isEqualTo("models/resnet50/versions/3");
    }

    @Test
    void aTensorTakesItsShapeFromTheNestingOfACaseField() {
        Tensor t = Tensor.of("features", Datatype.FP32, List.of(List.of(1, 2.5, 0.1)));
        assertThat(t.shape()).containsExactly(1, 3);
        assertThat(t.doubles()).containsExactly(1.0, 2.5, (double) 0.1f);
        assertThat(t).hasToString("features: FP32[1,3]");
        assertThatThrownBy(() -> Tensor.of("x", Datatype.FP32, List.of(List.of(1, 2), List.of(3))))
                .hasMessageContaining("ragged");
        assertThatThrownBy(() -> Tensor.of("ids", Datatype.INT64, List.of(1, 2.5)))
                .hasMessage("Tensor [ids] is INT64, but element 1 is [2.5], which is not a whole number");
        assertThatThrownBy(() -> Tensor.fp32("x", new long[] {2, 2}, 1, 2, 3))
                .hasMessage("Tensor [x] has shape [2, 2], which holds 4 elements, but 3 were given");
    }

    @Test
    void metadataSaysWhatDoesNotFit() {
        TensorMetadata features = new TensorMetadata("features", Datatype.FP32, List.of(-1L, 30L));
        assertThat(features.problemWith(Tensor.fp32("features", new long[] {4, 30}, new float[120]))).isNull();
        assertThat(features.problemWith(Tensor.fp64("features", new long[] {1, 30}, new double[30])))
                .isEqualTo("is FP64, but the model expects FP32");
        assertThat(features.problemWith(Tensor.fp32("features", new long[] {30}, new float[30])))
                .isEqualTo("has rank 1 (shape [30]), but the model expects rank 2 (shape [-1,30])");
        assertThat(features.problemWith(Tensor.fp32("features", new long[] {1, 29}, new float[29])))
                .isEqualTo("has shape [1,29], but the model expects [-1,30] (dimension 1 must be 30)");
    }

    @Test
    void responsesAreReadFlatOrNestedAsTheProtocolAllows() throws Exception {
        // The KServe v2 documentation's example response, with the data nested as some servers send it.
        WireJson.Outputs o = WireJson.response("{\"model_name\":\"mymodel\",\"model_version\":\"1\",\"id\":\"42\","
                + "\"outputs\":[{\"name\":\"output0\",\"shape\":[3,2],\"datatype\":\"FP32\",\"data\":[[1.0,1.1],[2.0,2.1],[3.0,3.1]]},"
                + "{\"name\":\"ok\",\"shape\":[2],\"datatype\":\"BOOL\",\"data\":[true,false]},"
                + "{\"name\":\"text\",\"shape\":[1],\"datatype\":\"BYTES\",\"data\":[\"positive\"]}]}");
        assertThat(o.model()).isEqualTo("mymodel");
        assertThat(o.modelVersion()).isEqualTo("1");
        Tensor output0 = o.tensors().get(0);
        assertThat(output0.rows()).isDeepEqualTo(new double[][] {{1.0, (double) 1.1f}, {2.0, (double) 2.1f}, {3.0, (double) 3.1f}});
        assertThat(o.tensors().get(1).booleans()).containsExactly(true, false);
        assertThat(o.tensors().get(2).strings()).containsExactly("positive");
        assertThat(WireJson.request(List.of(Tensor.int64("ids", new long[] {1, 2}, 101, 102))))
                .isEqualTo("{\"inputs\":[{\"name\":\"ids\",\"datatype\":\"INT64\",\"shape\":[1,2],\"data\":[101,102]}]}");
        assertThat(WireJson.errorText("{\"error\":\"unexpected inference input 'a' for model 'm'\"}"))
                .isEqualTo("unexpected inference input 'a' for model 'm'");
    }
}
