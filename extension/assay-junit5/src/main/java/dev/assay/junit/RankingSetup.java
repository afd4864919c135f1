package dev.assay.junit;

import dev.assay.api.Ranking;
import dev.assay.api.Task;
import dev.assay.data.CorpusFile;
import dev.assay.data.CorpusLoader;
import dev.assay.data.Dataset;
import dev.assay.data.DatasetCase;
import dev.assay.data.DatasetException;
import dev.assay.metrics.ranking.Judgements;
import dev.assay.metrics.ranking.RankingMetrics;
import dev.assay.report.BenchmarkSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * {@code RankingSetup} reads a benchmark's {@link Ranking @Ranking}: checks its cut-offs, loads its
 * corpus and checks that every relevant id of every query is a corpus id, before any case runs.
 */
final class RankingSetup {

    private final Ranking annotation;
    private final String where;
    private final int[] ks;
    private final CorpusFile corpus;

    private RankingSetup(Ranking annotation, String where, int[] ks, CorpusFile corpus) {
        this.annotation = annotation;
        this.where = where;
        this.ks = ks;
        this.corpus = corpus;
    }

    /** The class's {@code @Ranking}, read and checked; null when it has none. */
    static RankingSetup read(Class<?> type, RunContext run) {
        Ranking annotation = AnnotationSupport.findAnnotation(type, Ranking.class).orElse(null);
        if (annotation == null) {
            return null;
        }
        String where = "@Ranking(corpus = \"" + annotation.corpus() + "\") on [" + type.getSimpleName() + "]";
        if (annotation.corpus().isBlank()) {
            throw error("@Ranking on [" + type.getSimpleName() + "] has an empty corpus; name the corpus file, e.g. "
                    + "@Ranking(corpus = \"fixtures/datasets/NAME-corpus.jsonl\")");
        }
        try {
            RankingMetrics.checkCutoffs(annotation.k());
        } catch (IllegalArgumentException e) {
            throw error(where + " has k = " + Arrays.toString(annotation.k()) + ": " + e.getMessage());
        }
        int[] ks = annotation.k().clone();
        Arrays.sort(ks);
        CorpusFile corpus = CorpusLoader.load(annotation.corpus(), annotation.id(), run.paths(),
                run.config().invalidUtf8());
        return new RankingSetup(annotation, where, ks, corpus);
    }

    CorpusFile corpus() {
        return corpus;
    }

    /** What the summary needs to score the benchmark again from its journal. */
    BenchmarkSpec.RankingSpec spec() {
        return new BenchmarkSpec.RankingSpec(ks.clone(), annotation.corpus(), corpus.size());
    }

    /**
     * Checks every query's relevant ids against the corpus: an id that is not there could never be
     * retrieved, which is a mistake in the dataset or the corpus, not a miss of the model.
     *
     * @throws DatasetException naming the case, its line, the id and the corpus
     */
    void checkJudgements(Dataset dataset, List<Object> expected) {
        for (int i = 0; i < dataset.size(); i++) {
            DatasetCase c = dataset.cases().get(i);
            for (String id : Judgements.parse(expected.get(i)).grades().keySet()) {
                if (!corpus.contains(id)) {
                    throw new DatasetException("Configuration error: case [" + c.id() + "] at [" + c.location()
                            + "] judges the id [" + id + "], which is not in the corpus [" + corpus.location() + "] ("
                            + corpus.size() + " documents); fix the id or add the document to the corpus");
                }
            }
        }
    }

    /**
     * Checks a threshold's ranking metric against the declared cut-offs.
     *
     * @throws ExtensionConfigurationException when it names a K the benchmark does not compute
     */
    void checkCutoff(String metric, String thresholdWhere) {
        OptionalInt k = RankingMetrics.cutoff(metric);
        if (k.isPresent() && Arrays.stream(ks).noneMatch(x -> x == k.getAsInt())) {
            throw error(thresholdWhere + " names the cut-off K = " + k.getAsInt() + ", but " + where + " declares k = "
                    + Arrays.toString(ks) + "; add " + k.getAsInt() + " to k or bound another K");
        }
    }

    /**
     * A ranking model in a class without {@code @Ranking} has no corpus to rank.
     *
     * @throws ExtensionConfigurationException naming the model and the fix
     */
    static void requireAnnotation(Class<?> type, Map<String, BenchmarkState.ModelPlan> plans) {
        for (BenchmarkState.ModelPlan plan : plans.values()) {
            if (plan.task() == Task.RANKING) {
                throw error("model [" + plan.model() + "] of [" + type.getSimpleName() + "] ranks ids, but the class "
                        + "has no @Ranking; add @Ranking(corpus = \"fixtures/datasets/NAME-corpus.jsonl\", k = {1, 5, 10}) "
                        + "naming the corpus its queries rank");
            }
        }
    }

    private static ExtensionConfigurationException error(String message) {
        return new ExtensionConfigurationException("Configuration error: " + message);
    }
}
