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
import dev.assay.onnx.OnnxTokenizer;
import org.junit.jupiter.api.AfterAll;

/**
 * A real transformer: all-MiniLM-L6-v2 in fp32 against its int8-quantised version, on sentence pairs
 * graded 0 (unrelated) to 5 (same meaning). Each case predicts the cosine of the two sentence
 * embeddings; {@code spearman} says how well the cosines rank the pairs as the grades do. Both models
 * and the tokenizer are classpath resources of the langchain4j MiniLM jars.
 */
@Benchmark("sentence-similarity")
@CaseSource("fixtures/datasets/sentence-pairs.jsonl")
@Threshold(metric = "spearman", min = 0.8)
@Threshold(metric = "pearson", min = 0.8)
@Threshold(metric = "latency_p95_ms", max = 200)
class SentenceSimilarityBenchmark {

    static final OnnxTokenizer TOKENIZER = OnnxTokenizer.fromResource("all-minilm-l6-v2-tokenizer.json", 256);

    @AfterAll
    static void closeTokenizer() {
        TOKENIZER.close();
    }

    @BenchmarkTest(model = "minilm-fp32", task = Task.REGRESSION, warmup = 3)
    void fp32(BenchmarkCase c, Outcome out, @Onnx("all-minilm-l6-v2.onnx") OrtSession session) throws Exception {
        out.predict(SentenceEmbeddings.cosine(session, TOKENIZER, c.text("a"), c.text("b")));
    }

    @BenchmarkTest(model = "minilm-int8", task = Task.REGRESSION, warmup = 3)
    void int8(BenchmarkCase c, Outcome out, @Onnx("all-minilm-l6-v2-q.onnx") OrtSession session) throws Exception {
        out.predict(SentenceEmbeddings.cosine(session, TOKENIZER, c.text("a"), c.text("b")));
    }
}
