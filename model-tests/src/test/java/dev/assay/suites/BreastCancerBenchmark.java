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
 * Classic ML, binary: scikit-learn's logistic regression on the breast-cancer test split (143 cases),
 * exported to ONNX by {@code fixtures/models/make_models.py}. The model's {@code labels} metadata turns
 * its class index into the dataset's labels; {@code malignant} sorts last, so it is the positive class.
 */
@Benchmark("breast-cancer")
@CaseSource("fixtures/datasets/breast-cancer-test.jsonl")
@Threshold(metric = "accuracy", min = 0.95)
@Threshold(metric = "f1_macro", min = 0.95)
@Threshold(metric = "roc_auc", min = 0.98)
@Threshold(metric = "latency_p95_ms", max = 25)
class BreastCancerBenchmark {

    @BenchmarkTest(model = "logreg", task = Task.CLASSIFICATION, warmup = 5)
    void logreg(BenchmarkCase c, Outcome out,
                @Onnx("fixtures/models/breast-cancer-logreg.onnx") OrtSession session) throws Exception {
        try (OnnxResult r = out.time(() -> OnnxRun.of(session).input("features", c.input("features")).run())) {
            out.predict(r.label("label")).probabilities(r.probabilities("probabilities"));
        }
    }
}
