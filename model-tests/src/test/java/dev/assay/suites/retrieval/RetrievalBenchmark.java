package dev.assay.suites.retrieval;

import ai.onnxruntime.OrtSession;
import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Compare;
import dev.assay.api.Corpus;
import dev.assay.api.Outcome;
import dev.assay.api.Ranking;
import dev.assay.api.Threshold;
import dev.assay.onnx.Onnx;
import dev.assay.onnx.OnnxTokenizer;
import org.junit.jupiter.api.AfterAll;

/**
 * Retrieval for a help centre: 60 questions over 200 short articles, each question with one article
 * that answers it (grade 2) and two that help in part (grade 1); half of the questions are worded
 * like their article, half paraphrased ({@code fixtures/datasets/retrieval/make_retrieval.py}).
 *
 * <p>Three retrievers rank the whole corpus and return their top 20: BM25 (Apache Lucene) as the
 * lexical baseline, and dense retrieval with all-MiniLM-L6-v2 in fp32 and int8 (the models and the
 * tokenizer are classpath resources of the langchain4j MiniLM jars). Each builds its index of the
 * corpus once, on first use ({@link Corpus#getOrCompute}); a query's latency is the query alone.
 * The comparisons ask whether quantising MiniLM costs retrieval quality (equivalent within 0.05 is the
 * hoped-for verdict), and whether dense retrieval beats BM25 on this corpus, where half the questions
 * share few words with their answers. The thresholds hold MiniLM to recall@5 of 0.6 and nDCG@10 of 0.7,
 * and BM25 to lower bounds that only catch a broken index.
 */
@Benchmark("help-centre-retrieval")
@CaseSource("fixtures/datasets/retrieval/queries.jsonl")
@Ranking(corpus = "fixtures/datasets/retrieval/corpus.jsonl", k = {1, 3, 5, 10, 20})
@Threshold(metric = "recall@5", min = 0.6, model = "minilm-fp32")
@Threshold(metric = "ndcg@10", min = 0.7, model = "minilm-fp32")
@Threshold(metric = "recall@5", min = 0.6, model = "minilm-int8")
@Threshold(metric = "ndcg@10", min = 0.7, model = "minilm-int8")
@Threshold(metric = "recall@5", min = 0.3, model = "bm25")
@Threshold(metric = "ndcg@10", min = 0.35, model = "bm25")
@Compare(baseline = "minilm-fp32", candidate = "minilm-int8", tolerance = 0.05)
@Compare(baseline = "bm25", candidate = "minilm-fp32")
class RetrievalBenchmark {

    /** Every retriever returns this many ids: enough for the largest cut-off. */
    static final int TOP = 20;

    static final OnnxTokenizer TOKENIZER = OnnxTokenizer.fromResource("all-minilm-l6-v2-tokenizer.json", 256);

    @AfterAll
    static void closeTokenizer() {
        TOKENIZER.close();
    }

    @BenchmarkTest(model = "bm25", warmup = 3)
    void bm25(BenchmarkCase c, Outcome out, Corpus corpus) throws Exception {
        Bm25Index index = corpus.getOrCompute("bm25", Bm25Index::new);
        out.predict(out.time(() -> index.search(c.text("query"), TOP)));
    }

    @BenchmarkTest(model = "minilm-fp32", warmup = 3)
    void fp32(BenchmarkCase c, Outcome out, Corpus corpus, @Onnx("all-minilm-l6-v2.onnx") OrtSession session)
            throws Exception {
        DenseIndex index = corpus.getOrCompute("minilm-fp32", k -> DenseIndex.build(k, session, TOKENIZER));
        out.predict(out.time(() -> index.search(session, TOKENIZER, c.text("query"), TOP)));
    }

    @BenchmarkTest(model = "minilm-int8", warmup = 3)
    void int8(BenchmarkCase c, Outcome out, Corpus corpus, @Onnx("all-minilm-l6-v2-q.onnx") OrtSession session)
            throws Exception {
        DenseIndex index = corpus.getOrCompute("minilm-int8", k -> DenseIndex.build(k, session, TOKENIZER));
        out.predict(out.time(() -> index.search(session, TOKENIZER, c.text("query"), TOP)));
    }
}
