package dev.assay.onnx;

import ai.onnxruntime.OrtSession;
import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseBatch;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;
import dev.assay.api.Task;
import java.util.List;
import java.util.Map;

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

    /** The same classifier twice: one case per session run, and 32 cases per run. */
    @Benchmark("breast-cancer-batched")
    @CaseSource("fixtures/datasets/breast-cancer-test.jsonl")
    static class BatchedClassifier {

        @BenchmarkTest(model = "logreg", task = Task.CLASSIFICATION)
        void logreg(BenchmarkCase c, Outcome out,
                    @Onnx(value = "fixtures/models/breast-cancer-logreg.onnx", device = Onnx.Device.CPU) OrtSession s)
                throws Exception {
            new Classifier().logreg(c, out, s);
        }

        @BenchmarkTest(model = "logreg-batch32", task = Task.CLASSIFICATION, batch = 32)
        void batched(CaseBatch batch,
                     @Onnx(value = "fixtures/models/breast-cancer-logreg.onnx", device = Onnx.Device.CPU) OrtSession s)
                throws Exception {
            try (OnnxResult r = OnnxRun.of(s).batch("features", batch.cases(), c -> c.input("features")).run()) {
                List<String> labels = r.labels("label");
                List<Map<String, Double>> probabilities = r.allProbabilities("probabilities");
                for (int i = 0; i < batch.size(); i++) {
                    batch.outcome(i).predict(labels.get(i)).probabilities(probabilities.get(i));
                }
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
