package dev.assay.suites.served;

import ai.onnxruntime.OrtSession;
import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Compare;
import dev.assay.api.Outcome;
import dev.assay.api.Task;
import dev.assay.api.Threshold;
import dev.assay.inference.Datatype;
import dev.assay.inference.Inference;
import dev.assay.inference.InferenceClient;
import dev.assay.inference.InferenceResponse;
import dev.assay.inference.Tensor;
import dev.assay.onnx.Onnx;
import dev.assay.onnx.OnnxResult;
import dev.assay.onnx.OnnxRun;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classic ML through a model server: the breast-cancer logistic regression, once in process
 * ({@code @Onnx}) and once served over the Open Inference Protocol ({@code @Inference}) by the test
 * kit's stand-in running the same ONNX file with ONNX Runtime. Run by {@link BreastCancerServedTest},
 * which starts the server and points {@code assay.inference.serving.baseUrl} at it.
 */
@Benchmark("breast-cancer-served")
@CaseSource("fixtures/datasets/breast-cancer-test.jsonl")
@Threshold(metric = "accuracy", min = 0.95)
@Threshold(metric = "f1_macro", min = 0.95)
@Threshold(metric = "roc_auc", min = 0.98)
@Threshold(metric = "latency_p95_ms", max = 25, model = "logreg")
// An HTTP round trip on a shared CI runner: the bound catches a stall (Nagle's 40 ms on every reply), not noise.
@Threshold(metric = "latency_p95_ms", max = 100, model = "logreg-served")
@Compare(baseline = "logreg", candidate = "logreg-served")
class BreastCancerServedSuite {

    /**
     * The model's class order (scikit-learn's {@code target_names}, written into the ONNX file's {@code labels}
     * metadata by make_models.py): the protocol's model metadata carries no label names, so the client names them.
     */
    static final List<String> LABELS = List.of("malignant", "benign");

    @BenchmarkTest(model = "logreg", task = Task.CLASSIFICATION, warmup = 5)
    void logreg(BenchmarkCase c, Outcome out,
                @Onnx(value = "fixtures/models/breast-cancer-logreg.onnx", device = Onnx.Device.CPU) OrtSession session) throws Exception {
        try (OnnxResult r = out.time(() -> OnnxRun.of(session).input("features", c.input("features")).run())) {
            out.predict(r.label("label")).probabilities(r.probabilities("probabilities"));
        }
    }

    @BenchmarkTest(model = "logreg-served", task = Task.CLASSIFICATION, warmup = 5)
    void served(BenchmarkCase c, Outcome out, @Inference("serving:breast-cancer-logreg") InferenceClient model) {
        InferenceResponse r = model.infer(Tensor.of("features", Datatype.FP32, List.of(c.input("features")))).recordTo(out);
        double[] p = r.output("probabilities").doubles();
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int k = 0; k < p.length; k++) {
            probabilities.put(LABELS.get(k), p[k]);
        }
        out.predict(LABELS.get((int) r.output("label").longs()[0])).probabilities(probabilities);
    }
}
