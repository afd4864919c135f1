package dev.assay.suites;

import ai.onnxruntime.OrtSession;
import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseBatch;
import dev.assay.api.CaseSource;
import dev.assay.onnx.Onnx;
import dev.assay.api.Outcome;
import dev.assay.api.Scenario;
import dev.assay.api.Task;

/**
 * The int8 half of {@link SentenceSimilarityBenchmark} as a throughput benchmark: every pair
 * {@value #ROUNDS} times, {@value #BATCH} pairs per session run, on the CPU like the raw loop (no CUDA
 * probe). The Assay side of {@link MiniLmThroughput}; {@link OneCasePerCall} is the same work one pair
 * per run. Not run by {@code mvn test} (the name matches no Surefire include).
 */
@Benchmark("minilm-throughput")
@CaseSource("fixtures/datasets/sentence-pairs.jsonl")
class MiniLmInt8ThroughputSuite {

    /** Rounds over the 40 pairs: 1,000 pairs, so a run lasts seconds and start-up does not decide it. */
    static final int ROUNDS = 25;

    /**
     * Pairs per session run: the smallest batch at which the raw loop's throughput stops growing on
     * this project's machine (1: 3.06 s, 4: 2.73 s, 8: 2.69 s, 16: 2.62 s, 40: 2.62 s for 1,000 pairs).
     */
    static final int BATCH = 16;

    @BenchmarkTest(model = "minilm-int8", task = Task.REGRESSION, rounds = ROUNDS, batch = BATCH)
    void int8(CaseBatch batch,
              @Onnx(value = "all-minilm-l6-v2-q.onnx", device = Onnx.Device.CPU, intraOpThreads = 1) OrtSession session)
            throws Exception {
        predictBatch(batch, session);
    }

    /** One session run for the batch's pairs, each pair's cosine its prediction: the raw loop's work. */
    static void predictBatch(CaseBatch batch, OrtSession session) throws Exception {
        double[] cosines = SentenceEmbeddings.cosines(session, SentenceSimilarityBenchmark.TOKENIZER,
                batch.texts("a"), batch.texts("b"));
        for (int i = 0; i < batch.size(); i++) {
            batch.outcome(i).predict(cosines[i]);
        }
    }

    /** The same pairs and rounds, one pair per session run and per test node. */
    @Benchmark("minilm-throughput-per-case")
    @CaseSource("fixtures/datasets/sentence-pairs.jsonl")
    static class OneCasePerCall {

        @BenchmarkTest(model = "minilm-int8", task = Task.REGRESSION, rounds = ROUNDS)
        void int8(BenchmarkCase c, Outcome out,
                  @Onnx(value = "all-minilm-l6-v2-q.onnx", device = Onnx.Device.CPU, intraOpThreads = 1)
                  OrtSession session) throws Exception {
            out.predict(SentenceEmbeddings.cosine(session, SentenceSimilarityBenchmark.TOKENIZER, c.text("a"),
                    c.text("b")));
        }
    }

    /**
     * The same batches under the {@code OFFLINE} scenario: one node hands every batch of {@value #BATCH}
     * to one worker (the raw loop's one thread), instead of one test node per batch.
     */
    @Benchmark("minilm-throughput-offline")
    @CaseSource("fixtures/datasets/sentence-pairs.jsonl")
    static class Offline {

        @BenchmarkTest(model = "minilm-int8", task = Task.REGRESSION, rounds = ROUNDS, batch = BATCH)
        @Scenario(value = Scenario.Kind.OFFLINE, concurrency = 1)
        void int8(CaseBatch batch,
                  @Onnx(value = "all-minilm-l6-v2-q.onnx", device = Onnx.Device.CPU, intraOpThreads = 1) OrtSession session)
                throws Exception {
            predictBatch(batch, session);
        }
    }
}
