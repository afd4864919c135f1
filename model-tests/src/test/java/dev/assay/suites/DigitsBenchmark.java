package dev.assay.suites;

import ai.onnxruntime.OrtSession;
import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.onnx.Onnx;
import dev.assay.api.Outcome;
import dev.assay.api.Task;
import dev.assay.api.Threshold;
import dev.assay.onnx.OnnxResult;
import dev.assay.onnx.OnnxRun;

/**
 * Classic ML, ten classes: scikit-learn's MLP (one hidden layer of 32) on the digits test split
 * (360 cases of 8&times;8 pixels). {@code roc_auc} is one-vs-rest macro over the ten digits.
 */
@Benchmark("digits")
@CaseSource("fixtures/datasets/digits-test.jsonl")
@Threshold(metric = "accuracy", min = 0.95)
@Threshold(metric = "f1_macro", min = 0.95)
@Threshold(metric = "roc_auc", min = 0.99)
@Threshold(metric = "latency_p95_ms", max = 25)
class DigitsBenchmark {

    @BenchmarkTest(model = "mlp", task = Task.CLASSIFICATION, warmup = 5)
    void mlp(BenchmarkCase c, Outcome out, @Onnx("fixtures/models/digits-mlp.onnx") OrtSession session)
            throws Exception {
        try (OnnxResult r = out.time(() -> OnnxRun.of(session).input("pixels", c.input("features")).run())) {
            out.predict(r.label("label")).probabilities(r.probabilities("probabilities"));
        }
    }
}
