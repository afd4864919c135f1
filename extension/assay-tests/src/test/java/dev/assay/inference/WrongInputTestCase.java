package dev.assay.inference;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;
import dev.assay.api.Task;
import java.util.List;

/** Fixture: names the scorer's input [features], which the model does not have (it has [x]). */
@Benchmark("inference-wrong-input")
@CaseSource("inference/scorer-cases.jsonl")
class WrongInputTestCase {

    @BenchmarkTest(model = "scorer", task = Task.CLASSIFICATION)
    void scorer(BenchmarkCase c, Outcome out, @Inference("standin:scorer") InferenceClient model) {
        model.infer(Tensor.of("features", Datatype.FP32, List.of(c.input("x"))));
        out.predict("pos");
    }
}
