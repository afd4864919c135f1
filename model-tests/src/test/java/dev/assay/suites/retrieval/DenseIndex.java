package dev.assay.suites.retrieval;

import ai.onnxruntime.OrtSession;
import dev.assay.api.Corpus;
import dev.assay.onnx.OnnxResult;
import dev.assay.onnx.OnnxRun;
import dev.assay.onnx.OnnxTokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Dense retrieval with a sentence-transformers model: the corpus embedded once (mean pooling, unit
 * length), each query embedded and ranked against it by cosine similarity, exhaustively.
 */
final class DenseIndex {

    /** Documents per session run while embedding the corpus: padding stays short, memory small. */
    private static final int BATCH = 32;

    private final List<String> ids;
    private final float[][] vectors;

    private DenseIndex(List<String> ids, float[][] vectors) {
        this.ids = ids;
        this.vectors = vectors;
    }

    /** Embeds every document of the corpus; the one expensive step, done once per model. */
    static DenseIndex build(Corpus corpus, OrtSession session, OnnxTokenizer tokenizer) {
        List<String> texts = corpus.texts();
        float[][] vectors = new float[texts.size()][];
        try {
            for (int start = 0; start < texts.size(); start += BATCH) {
                List<String> batch = texts.subList(start, Math.min(texts.size(), start + BATCH));
                float[][] embedded = embed(session, tokenizer, batch);
                System.arraycopy(embedded, 0, vectors, start, embedded.length);
            }
        } catch (Exception e) {
            throw new IllegalStateException("embedding corpus [" + corpus.location() + "] failed", e);
        }
        return new DenseIndex(corpus.ids(), vectors);
    }

    /** The ids of the {@code top} documents most similar to {@code query}, best first; ties in corpus order. */
    List<String> search(OrtSession session, OnnxTokenizer tokenizer, String query, int top) throws Exception {
        float[] q = embed(session, tokenizer, List.of(query))[0];
        double[] score = new double[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            double dot = 0;
            for (int j = 0; j < q.length; j++) {
                dot += q[j] * vectors[i][j];
            }
            score[i] = dot;
        }
        return IntStream.range(0, vectors.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i))
                .limit(top).map(ids::get).toList();
    }

    private static float[][] embed(OrtSession session, OnnxTokenizer tokenizer, List<String> texts) throws Exception {
        OnnxTokenizer.Tokens tokens = tokenizer.encode(new ArrayList<>(texts));
        try (OnnxResult r = tokens.feed(OnnxRun.of(session)).run()) {
            float[][] v = r.meanPooled("last_hidden_state", tokens.attentionMask());
            for (float[] row : v) {
                double norm = 0;
                for (float x : row) {
                    norm += x * x;
                }
                float scale = (float) (1 / Math.sqrt(norm));
                for (int j = 0; j < row.length; j++) {
                    row[j] *= scale;
                }
            }
            return v;
        }
    }
}
