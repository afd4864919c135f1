package dev.assay.junit;

import dev.assay.api.Baseline;
import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseBatch;
import dev.assay.api.CaseSource;
import dev.assay.api.CaseThreshold;
import dev.assay.api.Compare;
import dev.assay.api.CategoryBins;
import dev.assay.api.ExtractionSchema;
import dev.assay.api.Task;
import dev.assay.api.Threshold;
import dev.assay.data.CaseLoader;
import dev.assay.data.CaseSourceSpec;
import dev.assay.data.Dataset;
import dev.assay.data.DatasetCase;
import dev.assay.data.DatasetException;
import dev.assay.metrics.MetricCatalog;
import dev.assay.metrics.ranking.RankingMetrics;
import dev.assay.metrics.extraction.ExtractionMetrics;
import dev.assay.report.BenchmarkSpec;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * {@code BenchmarkSetup} reads a benchmark class's annotations and dataset into its
 * {@link BenchmarkState}, checking everything that can be checked before a case runs: the case
 * source, the methods, the tasks and expected values, the thresholds and bins. Each problem is a
 * configuration error naming the annotation, method or file and the fix.
 */
final class BenchmarkSetup {

    private final Class<?> type;
    private final RunContext run;
    private final boolean autodetection;
    /** The class's {@code @Ranking}, or null. */
    private RankingSetup ranking;

    BenchmarkSetup(Class<?> type, RunContext run, boolean autodetection) {
        this.type = type;
        this.run = run;
        this.autodetection = autodetection;
    }

    BenchmarkState build() {
        Benchmark benchmark = AnnotationSupport.findAnnotation(type, Benchmark.class).orElseThrow();
        if (benchmark.value().isBlank()) {
            throw error("@Benchmark on [" + type.getSimpleName() + "] has an empty name; name it, e.g. "
                    + "@Benchmark(\"resume-scoring\")");
        }
        CaseSource source = AnnotationSupport.findAnnotation(type, CaseSource.class).orElseThrow(() -> error(
                "@Benchmark class [" + type.getSimpleName() + "] has no @CaseSource; add "
                        + "@CaseSource(\"fixtures/datasets/NAME.jsonl\") naming its dataset"));
        Dataset dataset = CaseLoader.load(CaseSourceSpec.of(source), run.paths(), run.config().invalidUtf8());
        dataset = shard(dataset);
        ranking = RankingSetup.read(type, run);

        BenchmarkSpec spec = new BenchmarkSpec();
        spec.benchmark = benchmark.value();
        spec.positiveLabel = benchmark.positiveLabel().isEmpty() ? null : benchmark.positiveLabel();
        spec.bins = bins();
        spec.schema = schema();
        Map<String, BenchmarkState.ModelPlan> plans = plans(dataset, source.labelSeparator());
        for (BenchmarkState.ModelPlan plan : plans.values()) {
            BenchmarkSpec.ModelSpec m = new BenchmarkSpec.ModelSpec();
            m.task = plan.task().wireName();
            m.rounds = plan.rounds();
            m.cases = dataset.size();
            m.caseThresholds = caseThresholds(plan);
            spec.models.put(plan.model(), m);
        }
        if (ranking == null) {
            RankingSetup.requireAnnotation(type, plans);
        } else {
            spec.ranking = ranking.spec();
            for (BenchmarkState.ModelPlan plan : plans.values()) {
                if (plan.task() == Task.RANKING) {
                    ranking.checkJudgements(dataset, plan.expected());
                }
            }
        }
        spec.thresholds.addAll(thresholds(plans));
        spec.comparisons.addAll(comparisons(plans));
        spec.correction = run.config().correction().label();
        spec.baseline = baseline();
        BenchmarkState state = new BenchmarkState(run, spec, dataset, plans, ranking == null ? null : ranking.corpus());
        state.resume(run.resumedRecords(spec.benchmark));
        return state;
    }

    private Dataset shard(Dataset dataset) {
        AssayConfig config = run.config();
        if (config.shardCount() == 1) {
            return dataset;
        }
        List<DatasetCase> mine = new ArrayList<>();
        for (int i = config.shardIndex() - 1; i < dataset.size(); i += config.shardCount()) {
            mine.add(dataset.cases().get(i));
        }
        if (mine.isEmpty()) {
            throw new DatasetException("Configuration error: shard " + config.shardIndex() + "/" + config.shardCount()
                    + " of dataset [" + dataset.source() + "] holds no case: the dataset has only " + dataset.size());
        }
        return new Dataset(dataset.source(), dataset.path(), mine);
    }

    private BenchmarkSpec.BaselineSpec baseline() {
        Baseline b = AnnotationSupport.findAnnotation(type, Baseline.class).orElse(null);
        if (b == null) {
            return null;
        }
        String where = "@Baseline(\"" + b.value() + "\") on [" + type.getSimpleName() + "]";
        if (b.value().isBlank()) {
            throw error("@Baseline on [" + type.getSimpleName() + "] has an empty path; name the stored file, e.g. "
                    + "@Baseline(\"fixtures/baselines/NAME.json\")");
        }
        if (!(b.tolerance() >= 0) || !(b.relativeTolerance() >= 0)) {
            throw error(where + " has tolerance " + b.tolerance() + " and relativeTolerance " + b.relativeTolerance()
                    + "; use 0 or more");
        }
        for (String metric : b.metrics()) {
            if (!MetricCatalog.isKnown(metric)) {
                throw error(where + " names the metric [" + metric + "]; known metrics include "
                        + MetricCatalog.closest(metric, 5));
            }
        }
        return new BenchmarkSpec.BaselineSpec(b.value(), b.tolerance(), b.relativeTolerance(), List.of(b.metrics()),
                b.cases());
    }

    private BenchmarkSpec.Bins bins() {
        CategoryBins bins = AnnotationSupport.findAnnotation(type, CategoryBins.class).orElse(null);
        if (bins == null) {
            return null;
        }
        double[] edges = bins.edges();
        if (bins.labels().length != edges.length + 1) {
            throw error("@CategoryBins on [" + type.getSimpleName() + "] has " + edges.length + " edges and "
                    + bins.labels().length + " labels; give one more label than edges");
        }
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1])) {
                throw error("@CategoryBins on [" + type.getSimpleName() + "] has edges " + Arrays.toString(edges)
                        + " that are not strictly ascending; list them from low to high");
            }
        }
        return new BenchmarkSpec.Bins(edges.clone(), List.of(bins.labels()));
    }

    private com.fasterxml.jackson.databind.JsonNode schema() {
        ExtractionSchema annotation = AnnotationSupport.findAnnotation(type, ExtractionSchema.class).orElse(null);
        if (annotation == null) {
            return null;
        }
        java.nio.file.Path file = run.paths().resolve(annotation.value());
        String where = "@ExtractionSchema(\"" + annotation.value() + "\") on [" + type.getSimpleName() + "]";
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw error(where + " names a file that does not exist [" + file + "]; give a path relative to the "
                    + "project root");
        }
        try {
            com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(file.toFile());
            ExtractionMetrics.schema(node.toString());
            return node;
        } catch (java.io.IOException | RuntimeException e) {
            throw new ExtensionConfigurationException("Configuration error: " + where + " is not a JSON schema: "
                    + e.getMessage(), e);
        }
    }

    private Map<String, BenchmarkState.ModelPlan> plans(Dataset dataset, String separator) {
        Map<String, BenchmarkState.ModelPlan> plans = new TreeMap<>();
        Map<String, String> methodOfModel = new LinkedHashMap<>();
        List<Method> methods = AnnotationSupport.findAnnotatedMethods(type, BenchmarkTest.class,
                HierarchyTraversalMode.TOP_DOWN);
        if (methods.isEmpty()) {
            throw error("@Benchmark class [" + type.getSimpleName() + "] has no @BenchmarkTest method; add one "
                    + "that takes (BenchmarkCase c, Outcome out) and calls out.predict(...)");
        }
        for (Method method : methods) {
            BenchmarkTest test = method.getAnnotation(BenchmarkTest.class);
            String where = "@BenchmarkTest on [" + ParameterCheck.signature(method) + "]";
            if (test.model().isBlank()) {
                throw error(where + " has an empty model name; name the model, e.g. model = \"ridge\"");
            }
            String other = methodOfModel.putIfAbsent(test.model(), method.getName());
            if (other != null) {
                throw error("@BenchmarkTest methods [" + other + "] and [" + method.getName() + "] both name the model ["
                        + test.model() + "]; give each model its own name");
            }
            if (test.rounds() < 1) {
                throw error(where + " has rounds = " + test.rounds() + "; use 1 or more");
            }
            if (test.warmup() < 0) {
                throw error(where + " has warmup = " + test.warmup() + "; use 0 or more");
            }
            if (test.batch() < 1) {
                throw error(where + " has batch = " + test.batch() + "; use 1 (one case per call) or more");
            }
            ParameterCheck.check(method, autodetection, test.batch());
            if (ranking == null && Arrays.asList(method.getParameterTypes()).contains(dev.assay.api.Corpus.class)) {
                throw error(where + " takes a Corpus, but the class has no @Ranking naming one; add "
                        + "@Ranking(corpus = \"fixtures/datasets/NAME-corpus.jsonl\")");
            }
            // A class with @Ranking ranks: its expected values (lists of ids) would otherwise read as multilabel.
            Task task = test.task() != Task.AUTO ? test.task()
                    : ranking != null ? Task.RANKING : ExpectedValues.infer(dataset);
            List<Object> expected = ExpectedValues.normalise(dataset, task, separator, test.model());
            // Looked up once here, not per case: annotation lookups cost a throughput benchmark every case.
            List<CaseThreshold> caseThresholds = new ArrayList<>(
                    AnnotationSupport.findRepeatableAnnotations(type, CaseThreshold.class));
            caseThresholds.addAll(AnnotationSupport.findRepeatableAnnotations(method, CaseThreshold.class));
            plans.put(test.model(), new BenchmarkState.ModelPlan(test.model(), task, test.rounds(), test.warmup(),
                    expected, List.copyOf(caseThresholds),
                    Arrays.asList(method.getParameterTypes()).contains(CaseBatch.class) ? test.batch() : 0,
                    ScenarioPlan.of(method, where)));
        }
        return plans;
    }

    /** The class's and the model method's {@code @CaseThreshold}s, so reports can tell pass@k / pass^k. */
    private static List<BenchmarkSpec.ThresholdSpec> caseThresholds(BenchmarkState.ModelPlan plan) {
        List<BenchmarkSpec.ThresholdSpec> out = plan.caseThresholds().stream().map(t -> new BenchmarkSpec.ThresholdSpec(
                t.metric(), Double.isNaN(t.min()) ? null : t.min(), Double.isNaN(t.max()) ? null : t.max(), null)).toList();
        return out.isEmpty() ? null : out;
    }

    private List<BenchmarkSpec.ThresholdSpec> thresholds(Map<String, BenchmarkState.ModelPlan> plans) {
        List<BenchmarkSpec.ThresholdSpec> out = new ArrayList<>();
        for (Threshold t : AnnotationSupport.findRepeatableAnnotations(type, Threshold.class)) {
            String where = "@Threshold(metric = \"" + t.metric() + "\") on [" + type.getSimpleName() + "]";
            if (!MetricCatalog.isKnown(t.metric())) {
                throw error("@Threshold on [" + type.getSimpleName() + "] names the metric [" + t.metric()
                        + "]; known metrics include " + MetricCatalog.closest(t.metric(), 5));
            }
            if (Double.isNaN(t.min()) && Double.isNaN(t.max())) {
                throw error(where + " has no bound; set min, max or both");
            }
            if (!Double.isNaN(t.min()) && !Double.isNaN(t.max()) && t.min() > t.max()) {
                throw error(where + " has min " + t.min() + " above max " + t.max() + "; swap them");
            }
            if (!t.model().isEmpty() && !plans.containsKey(t.model())) {
                throw error(where + " names the model [" + t.model() + "], which no @BenchmarkTest runs; models are "
                        + plans.keySet());
            }
            if (ranking != null && RankingMetrics.isRankingMetric(t.metric())) {
                ranking.checkCutoff(t.metric(), where);
            }
            for (BenchmarkState.ModelPlan plan : plans.values()) {
                boolean applies = t.model().isEmpty() || t.model().equals(plan.model());
                if (applies && !appliesToTask(t.metric(), plan.task())) {
                    throw error(where + " does not apply to model [" + plan.model() + "], whose task is "
                            + plan.task().wireName() + "; its metrics include "
                            + MetricCatalog.closest(t.metric(), 5).stream()
                                    .filter(n -> appliesToTask(n, plan.task())).toList()
                            + (t.model().isEmpty() ? "; or limit the threshold with model = \"...\"" : ""));
                }
            }
            out.add(new BenchmarkSpec.ThresholdSpec(t.metric(), Double.isNaN(t.min()) ? null : t.min(),
                    Double.isNaN(t.max()) ? null : t.max(), t.model().isEmpty() ? null : t.model()));
        }
        return out;
    }

    private List<BenchmarkSpec.CompareSpec> comparisons(Map<String, BenchmarkState.ModelPlan> plans) {
        List<BenchmarkSpec.CompareSpec> out = new ArrayList<>();
        for (Compare c : AnnotationSupport.findRepeatableAnnotations(type, Compare.class)) {
            String where = "@Compare(baseline = \"" + c.baseline() + "\", candidate = \"" + c.candidate() + "\") on ["
                    + type.getSimpleName() + "]";
            for (String model : List.of(c.baseline(), c.candidate())) {
                if (!plans.containsKey(model)) {
                    throw error(where + " names the model [" + model + "], which no @BenchmarkTest runs; models are "
                            + plans.keySet());
                }
            }
            if (c.baseline().equals(c.candidate())) {
                throw error(where + " compares a model with itself; name two different models");
            }
            if (plans.get(c.baseline()).task() != plans.get(c.candidate()).task()) {
                throw error(where + " compares a " + plans.get(c.baseline()).task().wireName() + " model with a "
                        + plans.get(c.candidate()).task().wireName() + " model; both must have the same task");
            }
            if (!(c.tolerance() >= 0)) {
                throw error(where + " has tolerance " + c.tolerance() + "; use 0 or more");
            }
            out.add(new BenchmarkSpec.CompareSpec(c.baseline(), c.candidate(), c.tolerance()));
        }
        return out;
    }

    private boolean appliesToTask(String metric, Task task) {
        if (MetricCatalog.names(task).contains(metric) || MetricCatalog.isScoreMetric(metric)) {
            return true;
        }
        if (RankingMetrics.isRankingMetric(metric)) {
            return task == Task.RANKING;
        }
        if (metric.startsWith("category_")) {
            return task == Task.REGRESSION && AnnotationSupport.isAnnotated(type, CategoryBins.class);
        }
        int bracket = metric.indexOf('[');
        return bracket > 0 && (task == Task.CLASSIFICATION || task == Task.MULTILABEL)
                && MetricCatalog.names(task).contains(metric.substring(0, bracket) + "_macro");
    }

    private static ExtensionConfigurationException error(String message) {
        return new ExtensionConfigurationException("Configuration error: " + message);
    }
}
