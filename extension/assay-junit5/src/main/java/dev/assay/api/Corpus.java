package dev.assay.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * {@code Corpus} is used inside a {@link BenchmarkTest @BenchmarkTest} method of a
 * {@link Ranking @Ranking} benchmark to read the documents every query ranks, and to build an index
 * of them once per model rather than once per query.
 *
 * <p>Take it as a parameter ({@code Corpus corpus}) beside {@link BenchmarkCase} and {@link Outcome}
 * (or {@link CaseBatch}). The same instance serves every case of the benchmark, from any thread.
 *
 * <pre>{@code
 * float[][] vectors = corpus.getOrCompute("minilm-fp32", c -> embed(session, c.texts()));
 * out.predict(topIds(corpus.ids(), vectors, embed(session, List.of(c.text("query")))[0], 10));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface Corpus {

    /** How many documents the corpus holds. */
    int size();

    /** Every document's id, in file order. */
    List<String> ids();

    /** Whether a document has the id {@code id}. */
    boolean contains(String id);

    /**
     * A document's fields other than its id, in file order, with their JSON types.
     *
     * @throws IllegalArgumentException naming the corpus file, when no document has the id
     */
    Map<String, Object> document(String id);

    /**
     * A document's {@code text} field as text.
     *
     * @throws IllegalArgumentException naming the file and the document's fields, when it has none
     */
    String text(String id);

    /** Every document's {@code text} field, in the order of {@link #ids()}. */
    List<String> texts();

    /**
     * The value stored under {@code key}, computed from the corpus by {@code build} on first use:
     * an index or the document embeddings of one model, built once and shared by every case. Calls for
     * the same key wait for the one that builds it. A value that is {@link AutoCloseable} is closed when
     * the benchmark class finishes.
     */
    <T> T getOrCompute(String key, Function<? super Corpus, ? extends T> build);

    /** Where the corpus came from, for messages: {@code fixtures/datasets/retrieval/corpus.jsonl}. */
    String location();
}
