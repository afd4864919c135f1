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
 * Classic ML, regression: scikit-learn's ridge regression on the diabetes test split (111 cases). The
 * model runs in float64, as scikit-learn does, so its predictions match to 1e-9.
 */
@Benchmark("diabetes")
@CaseSource("fixtures/datasets/diabetes-test.jsonl")
@Threshold(metric = "mae", max = 50)
@Threshold(metric = "r2", min = 0.35)
@Threshold(metric = "latency_p95_ms", max = 25)
class DiabetesBenchmark {

    @BenchmarkTest(model = "ridge", task = Task.REGRESSION, warmup = 5)
    void ridge(BenchmarkCase c, Outcome out, @Onnx("fixtures/models/diabetes-ridge.onnx") OrtSession session)
            throws Exception {
        try (OnnxResult r = out.time(() -> OnnxRun.of(session).input("features", c.input("features")).run())) {
            out.predict(r.score("score"));
        }
    }
}
