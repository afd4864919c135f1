package dev.assay.onnx;

import ai.onnxruntime.OrtSession;
import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Onnx;
import dev.assay.api.Outcome;
import dev.assay.api.Task;

/** Engine fixtures: run by OnnxBenchmarkTest, never on their own. */
class OnnxBenchmarkTestCase {

    @Benchmark("breast-cancer")
    @CaseSource("fixtures/datasets/breast-cancer-test.jsonl")
    static class Classifier {

        @BenchmarkTest(model = "logreg", task = Task.CLASSIFICATION)
        void logreg(BenchmarkCase c, Outcome out,
                    @Onnx(value = "fixtures/models/breast-cancer-logreg.onnx", device = Onnx.Device.CPU) OrtSession s)
                throws Exception {
            try (OnnxResult r = out.time(() -> OnnxRun.of(s).input("features", c.input("features")).run())) {
                out.predict(r.label("label")).probabilities(r.probabilities("probabilities"));
            }
        }
    }

    @Benchmark("sqrt")
    @CaseSource("datasets/onnx-sqrt.jsonl")
    static class NotANumber {

        @BenchmarkTest(model = "sqrt", task = Task.REGRESSION)
        void sqrt(BenchmarkCase c, Outcome out, @Onnx(value = "onnx/sqrt.onnx", device = Onnx.Device.CPU) OrtSession s)
                throws Exception {
            try (OnnxResult r = OnnxRun.of(s).input("x", c.input("x")).run()) {
                out.predict(r.score("root"));
            }
        }
    }

    @Benchmark("sqrt-on-gpu")
    @CaseSource("datasets/onnx-sqrt.jsonl")
    static class OnGpu {

        @BenchmarkTest(model = "sqrt-cuda", task = Task.REGRESSION)
        void sqrt(BenchmarkCase c, Outcome out, @Onnx(value = "onnx/sqrt.onnx", device = Onnx.Device.CUDA) OrtSession s)
                throws Exception {
            try (OnnxResult r = OnnxRun.of(s).input("x", c.input("x")).run()) {
                out.predict(r.score("root"));
            }
        }

        @BenchmarkTest(model = "sqrt-cpu", task = Task.REGRESSION)
        void cpu(BenchmarkCase c, Outcome out, @Onnx(value = "onnx/sqrt.onnx", device = Onnx.Device.CPU) OrtSession s)
                throws Exception {
            try (OnnxResult r = OnnxRun.of(s).input("x", c.input("x")).run()) {
                out.predict(r.score("root"));
            }
        }
    }
}
