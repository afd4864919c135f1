package dev.assay.suites;

import ai.onnxruntime.OrtSession;
import dev.assay.onnx.OnnxResult;
import dev.assay.onnx.OnnxRun;
import dev.assay.onnx.OnnxTokenizer;
import java.util.List;

/** Cosine similarity of two sentences under a sentence-transformers model (mean pooling), as the suites use it. */
final class SentenceEmbeddings {

    private SentenceEmbeddings() {
    }

    /** Embeds both sentences in one batch of two and returns the cosine of their mean-pooled vectors. */
    static double cosine(OrtSession session, OnnxTokenizer tokenizer, String a, String b) throws Exception {
        OnnxTokenizer.Tokens tokens = tokenizer.encode(List.of(a, b));
        try (OnnxResult r = tokens.feed(OnnxRun.of(session)).run()) {
            float[][] v = r.meanPooled("last_hidden_state", tokens.attentionMask());
            return cosine(v[0], v[1]);
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
