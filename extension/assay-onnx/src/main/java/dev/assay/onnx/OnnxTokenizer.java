package dev.assay.onnx;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code OnnxTokenizer} is used to turn text into the {@code input_ids}, {@code attention_mask} and
 * {@code token_type_ids} tensors of a transformer model, from the model's HuggingFace
 * {@code tokenizer.json}. It runs offline on DJL's tokenizers (add {@code ai.djl.huggingface:tokenizers}
 * to your test dependencies; set {@code OPT_OUT_TRACKING=true} so DJL does not report usage).
 *
 * <p>Batches are padded to their longest text, with attention mask 0 on the padding, so the rows
 * stack into one tensor. Create one tokenizer per model and share it (it is thread-safe); close it at
 * the end.
 *
 * <pre>{@code
 * static final OnnxTokenizer TOKENIZER = OnnxTokenizer.fromResource("all-minilm-l6-v2-tokenizer.json", 256);
 *
 * OnnxTokenizer.Tokens t = TOKENIZER.encode(List.of(c.text("a"), c.text("b")));
 * try (OnnxResult r = t.feed(OnnxRun.of(session)).run()) {
 *     float[][] vectors = r.meanPooled("last_hidden_state", t.attentionMask());
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class OnnxTokenizer implements AutoCloseable {

    private final HuggingFaceTokenizer tokenizer;

    private OnnxTokenizer(HuggingFaceTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** A tokenizer from a {@code tokenizer.json} file, truncating texts to {@code maxLength} tokens. */
    public static OnnxTokenizer fromFile(Path tokenizerJson, int maxLength) {
        if (!Files.isRegularFile(tokenizerJson)) {
            throw new OnnxModelException("Configuration error: tokenizer file [" + tokenizerJson + "] not found");
        }
        try (InputStream in = Files.newInputStream(tokenizerJson)) {
            return load(in, maxLength);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tokenizer [" + tokenizerJson + "]", e);
        }
    }

    /** A tokenizer from a {@code tokenizer.json} classpath resource (models shipped in jars). */
    public static OnnxTokenizer fromResource(String resource, int maxLength) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new OnnxModelException("Configuration error: tokenizer resource [" + name
                        + "] is not on the classpath");
            }
            return load(in, maxLength);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tokenizer resource [" + name + "]", e);
        }
    }

    private static OnnxTokenizer load(InputStream in, int maxLength) throws IOException {
        // Padding is done here, per batch, so one text costs no padding at all.
        Map<String, String> options = Map.of("padding", "false", "truncation", "true",
                "maxLength", Integer.toString(maxLength), "addSpecialTokens", "true");
        return new OnnxTokenizer(HuggingFaceTokenizer.newInstance(in, options));
    }

    /** Tokenizes one text as a batch of one. */
    public Tokens encode(String text) {
        return encode(List.of(text));
    }

    /** Tokenizes texts as one batch, padded to the longest. */
    public Tokens encode(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        int length = 0;
        for (Encoding e : encodings) {
            length = Math.max(length, e.getIds().length);
        }
        long[][] ids = new long[encodings.length][length];
        long[][] mask = new long[encodings.length][length];
        long[][] types = new long[encodings.length][length];
        for (int i = 0; i < encodings.length; i++) {
            long[] e = encodings[i].getIds();
            System.arraycopy(e, 0, ids[i], 0, e.length);
            System.arraycopy(encodings[i].getAttentionMask(), 0, mask[i], 0, e.length);
            System.arraycopy(encodings[i].getTypeIds(), 0, types[i], 0, e.length);
        }
        return new Tokens(ids, mask, types);
    }

    /** Frees the native tokenizer. */
    @Override
    public void close() {
        tokenizer.close();
    }

    /**
     * A tokenized batch, one row per text, padded with id 0 and attention mask 0.
     *
     * @param ids token ids ({@code input_ids})
     * @param attentionMask 1 for real tokens, 0 for padding ({@code attention_mask})
     * @param typeIds segment ids ({@code token_type_ids})
     */
    public record Tokens(long[][] ids, long[][] attentionMask, long[][] typeIds) {

        /**
         * Feeds {@code input_ids}, {@code attention_mask} and {@code token_type_ids} to the inputs of
         * those names the model has, and returns the run for more inputs or {@link OnnxRun#run()}.
         */
        public OnnxRun feed(OnnxRun run) {
            run.batchIfPresent("input_ids", ids);
            run.batchIfPresent("attention_mask", attentionMask);
            run.batchIfPresent("token_type_ids", typeIds);
            return run;
        }
    }
}
