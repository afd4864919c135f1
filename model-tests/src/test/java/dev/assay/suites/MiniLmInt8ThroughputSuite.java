package dev.assay.suites;

import ai.onnxruntime.OrtSession;
import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Onnx;
import dev.assay.api.Outcome;
import dev.assay.api.Task;

/**
 * The int8 half of {@link SentenceSimilarityBenchmark}, every pair {@value #ROUNDS} times: the Assay side
 * of {@link MiniLmThroughput}, on the CPU like the raw loop (no CUDA probe). Not run by {@code mvn test} (the name matches no Surefire include).
 */
@Benchmark("minilm-throughput")
@CaseSource("fixtures/datasets/sentence-pairs.jsonl")
class MiniLmInt8ThroughputSuite {

    static final int ROUNDS = 5;

    @BenchmarkTest(model = "minilm-int8", task = Task.REGRESSION, rounds = ROUNDS)
    void int8(BenchmarkCase c, Outcome out,
              @Onnx(value = "all-minilm-l6-v2-q.onnx", device = Onnx.Device.CPU, intraOpThreads = 1) OrtSession session)
            throws Exception {
        out.predict(SentenceEmbeddings.cosine(session, SentenceSimilarityBenchmark.TOKENIZER, c.text("a"), c.text("b")));
    }
}
