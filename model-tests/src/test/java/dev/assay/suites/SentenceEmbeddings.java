package dev.assay.suites;

import ai.onnxruntime.OrtSession;
import dev.assay.onnx.OnnxResult;
import dev.assay.onnx.OnnxRun;
import dev.assay.onnx.OnnxTokenizer;
import java.util.ArrayList;
import java.util.List;

/** Cosine similarity of sentence pairs under a sentence-transformers model (mean pooling), as the suites use it. */
final class SentenceEmbeddings {

    private SentenceEmbeddings() {
    }

    /** Embeds both sentences in one batch of two and returns the cosine of their mean-pooled vectors. */
    static double cosine(OrtSession session, OnnxTokenizer tokenizer, String a, String b) throws Exception {
        return cosines(session, tokenizer, List.of(a), List.of(b))[0];
    }

    /**
     * The cosine of each pair {@code (a[i], b[i])}, from one session run over all the sentences
     * ({@code a} then {@code b}, padded to the longest).
     */
    static double[] cosines(OrtSession session, OnnxTokenizer tokenizer, List<String> a, List<String> b)
            throws Exception {
        List<String> sentences = new ArrayList<>(a);
        sentences.addAll(b);
        OnnxTokenizer.Tokens tokens = tokenizer.encode(sentences);
        try (OnnxResult r = tokens.feed(OnnxRun.of(session)).run()) {
            float[][] v = r.meanPooled("last_hidden_state", tokens.attentionMask());
            double[] cosines = new double[a.size()];
            for (int i = 0; i < cosines.length; i++) {
                cosines[i] = cosine(v[i], v[a.size() + i]);
            }
            return cosines;
        }
    }

    static double cosine(float[] x, float[] y) {
        double dot = 0;
        double nx = 0;
        double ny = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
            nx += x[i] * x[i];
            ny += y[i] * y[i];
        }
        return dot / Math.sqrt(nx * ny);
    }
}
