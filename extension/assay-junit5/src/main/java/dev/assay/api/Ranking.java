package dev.assay.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * {@code @Ranking} is used to make a {@link Benchmark @Benchmark} a ranking (retrieval) benchmark:
 * it names the corpus every query ranks and the cut-offs {@code K} of the {@code @K} metrics.
 *
 * <p>The corpus is a JSONL file given once per benchmark, one document per line with an {@code id}
 * and any other fields ({@code {"id": "d1", "text": "..."}}); methods take it as a {@link Corpus}
 * parameter. Each case of the {@link CaseSource @CaseSource} is a query whose expected value lists
 * its relevant ids ({@code ["d3", "d7"]}) or grades them ({@code {"d3": 2, "d7": 1}}); the method
 * predicts a ranked list of corpus ids, best first. Methods whose task is {@link Task#AUTO} are
 * {@link Task#RANKING} in a class with {@code @Ranking}.
 *
 * <p>Metrics for each K: {@code recall@K}, {@code precision@K}, {@code hit_rate@K}, {@code ndcg@K},
 * {@code mrr@K}; and {@code mrr}, {@code map} over the whole ranking. Thresholds may name only the
 * declared cut-offs.
 *
 * <pre>{@code
 * @Benchmark("faq-retrieval")
 * @CaseSource("fixtures/datasets/retrieval/queries.jsonl")
 * @Ranking(corpus = "fixtures/datasets/retrieval/corpus.jsonl", k = {1, 5, 10})
 * @Threshold(metric = "ndcg@10", min = 0.6)
 * class FaqRetrievalBenchmark {
 *
 *     @BenchmarkTest(model = "bm25")
 *     void bm25(BenchmarkCase c, Outcome out, Corpus corpus) {
 *         Bm25Index index = corpus.getOrCompute("bm25", Bm25Index::new);  // built once, not per query
 *         out.predict(index.search(c.text("query"), 10));
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Ranking {

    /**
     * Path of the corpus: a JSONL file with one document per line, each with a unique id. Relative to
     * the project root, absolute, or a classpath resource, as {@link CaseSource#value()}.
     */
    String corpus();

    /** The corpus field holding each document's id. */
    String id() default "id";

    /**
     * The cut-offs of the {@code @K} metrics, each 1 or more. A ranking shorter than K counts its missing
     * ranks as not relevant ({@code precision@10} of 3 ids is at most 0.3), as trec_eval does.
     */
    int[] k() default {1, 5, 10};
}
