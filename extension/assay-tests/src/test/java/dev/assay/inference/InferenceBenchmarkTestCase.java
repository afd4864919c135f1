package dev.assay.inference;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;
import dev.assay.api.Task;
import java.util.List;
import java.util.Map;

/** Fixture: 12 cases through {@code @Inference} to the stand-in's scorer, configured as server [standin]. */
@Benchmark("inference-scorer")
@CaseSource("inference/scorer-cases.jsonl")
class InferenceBenchmarkTestCase {

    @BenchmarkTest(model = "scorer", task = Task.CLASSIFICATION)
    void scorer(BenchmarkCase c, Outcome out, @Inference("standin:scorer") InferenceClient model) {
        InferenceResponse r = model.infer(Tensor.of("x", Datatype.FP32, List.of(c.input("x")))).recordTo(out);
        double[] p = r.output("probabilities").doubles();
        out.predict(Scorer.LABELS.get((int) r.output("label").longs()[0]))
                .probabilities(Map.of("neg", p[0], "pos", p[1]));
    }
}
