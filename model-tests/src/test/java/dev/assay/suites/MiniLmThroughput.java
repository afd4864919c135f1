package dev.assay.suites;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.data.ProjectPaths;
import dev.assay.onnx.OnnxTokenizer;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Throughput of the MiniLM int8 suite run through Assay against a raw ONNX Runtime Java loop over the
 * same sentence pairs, in the same JVM. A measurement, not a timed test: it asserts nothing about
 * speed and runs only when asked for:
 *
 * <pre>
 * mvn -o -Pbenchmarks -pl model-tests -am test -Dtest=MiniLmThroughput -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>Both sides load the model, tokenize each pair as a batch of two, run the session, mean-pool and
 * take the cosine, {@link MiniLmInt8ThroughputSuite#ROUNDS} times per pair. The Assay side adds what a
 * benchmark run costs: test discovery, one test node per case, the journal, metrics with bootstrap
 * intervals and the summary. A third side runs the same calls as a plain JUnit
 * {@code @ParameterizedTest} ({@link MiniLmPlainParameterizedSuite}): JUnit's own cost per node. The
 * sides alternate: {@value #WARMUPS} warmup runs each (the first, cold, is printed), then
 * {@value #TRIALS} measured runs each; best, median and the median of run-by-run ratios are reported.
 * Every side runs ONNX Runtime on one intra-op thread: its thread pool spins between runs, which on a
 * small shared machine makes the numbers mostly noise.
 */
@Tag("benchmark")
class MiniLmThroughput {

    private static final int WARMUPS = 5;
    private static final int TRIALS = 8;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";

    @Test
    void assayAgainstRawOnnxRuntime() throws Exception {
        List<String[]> pairs = pairs();
        int calls = pairs.size() * MiniLmInt8ThroughputSuite.ROUNDS;
        Path output = Files.createTempDirectory("assay-throughput");

        List<Double> raw = new ArrayList<>();
        List<Double> assay = new ArrayList<>();
        List<Double> assayNoAllure = new ArrayList<>();
        List<Double> plainJUnit = new ArrayList<>();
        // The first runs of each side are the JVM's warmup (class loading, JIT); the same run also
        // times them, so the cold figures are printed too.
        for (int t = 0; t < WARMUPS + TRIALS; t++) {
            boolean measured = t >= WARMUPS;
            double r = rawLoop(pairs);
            double a = assay(output, true);
            double n = assay(output, false);
            double p = plainJUnit();
            if (t == 0) {
                System.out.printf(Locale.ROOT, "[throughput] first (cold) runs: raw %.3f s, Assay %.3f s, Assay without "
                        + "Allure %.3f s, plain JUnit %.3f s%n", r, a, n, p);
            }
            if (measured) {
                raw.add(r);
                assay.add(a);
                assayNoAllure.add(n);
                plainJUnit.add(p);
            }
        }
        System.out.printf(Locale.ROOT, "%n[throughput] MiniLM int8, %d pairs x %d rounds = %d calls; %d warmup runs, "
                + "then best and median of %d runs of each side, alternating%n", pairs.size(),
                MiniLmInt8ThroughputSuite.ROUNDS, calls, WARMUPS, TRIALS);
        report("raw ONNX Runtime loop", raw, raw, calls);
        report("through Assay (Allure results on, as mvn test runs it)", assay, raw, calls);
        report("through Assay without Allure results", assayNoAllure, raw, calls);
        report("plain JUnit @ParameterizedTest, no Assay (JUnit's own per-node cost)", plainJUnit, raw, calls);
    }

    private static void report(String side, List<Double> seconds, List<Double> raw, int calls) {
        double best = best(seconds);
        double median = median(seconds);
        // Each measured run beside the raw run just before it: the machine's speed drifts between runs,
        // and the median of these ratios is the figure least moved by that drift.
        List<Double> pairedRatios = new ArrayList<>();
        for (int i = 0; i < seconds.size(); i++) {
            pairedRatios.add(raw.get(i) / seconds.get(i));
        }
        System.out.printf(Locale.ROOT, "[throughput] %s: best %.3f s (%.1f pairs/s), median %.3f s (%.1f pairs/s); "
                + "throughput vs raw: best %.3fx, median %.3fx, median of run-by-run ratios %.3fx%n", side, best,
                calls / best, median, calls / median, best(raw) / best, median(raw) / median, median(pairedRatios));
    }

    private static double best(List<Double> seconds) {
        return seconds.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static double median(List<Double> seconds) {
        double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /**
     * Seconds for the whole suite through the JUnit Platform launcher, as {@code mvn test} runs it;
     * without Allure, the launcher registers no listeners (Allure's costs are measured by
     * {@code AllureOverheadBenchmark}).
     */
    private static double assay(Path output, boolean allure) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(MiniLmInt8ThroughputSuite.class))
                .configurationParameters(Map.of("assay.output.dir", output.toString(), "assay.progress.seconds", "3600",
                        "assay.allure.cases", allure ? "auto" : "none"))
                .build();
        Launcher launcher = allure ? LauncherFactory.create() : LauncherFactory.create(
                org.junit.platform.launcher.core.LauncherConfig.builder()
                        .enableTestExecutionListenerAutoRegistration(false).build());
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        long start = System.nanoTime();
        launcher.execute(request, listener);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "[throughput] assay run %.3f s%n", seconds);
        if (listener.getSummary().getTotalFailureCount() > 0) {
            throw new IllegalStateException("the Assay run failed: " + listener.getSummary().getFailures());
        }
        return seconds;
    }

    /**
     * Seconds for {@link MiniLmPlainParameterizedSuite}: the same calls as JUnit test nodes without
     * Assay, model load included, no listeners.
     */
    private static double plainJUnit() {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(MiniLmPlainParameterizedSuite.class)).build();
        Launcher launcher = LauncherFactory.create(org.junit.platform.launcher.core.LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).build());
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        long start = System.nanoTime();
        launcher.execute(request, listener);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (listener.getSummary().getTotalFailureCount() > 0 || listener.getSummary().getTestsSucceededCount() == 0) {
            throw new IllegalStateException("the plain JUnit run failed: " + listener.getSummary().getFailures());
        }
        return seconds;
    }

    /** Seconds for the same work written directly against ONNX Runtime's Java API, model load included. */
    private static double rawLoop(List<String[]> pairs) throws Exception {
        long start = System.nanoTime();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        double checksum = 0;
        OnnxTokenizer tokenizer = SentenceSimilarityBenchmark.TOKENIZER;
        try (OrtSession session = openInt8Session()) {
            loadNanos = System.nanoTime() - start;
            for (int round = 0; round < MiniLmInt8ThroughputSuite.ROUNDS; round++) {
                for (String[] pair : pairs) {
                    OnnxTokenizer.Tokens tokens = tokenizer.encode(List.of(pair[0], pair[1]));
                    int n = 2;
                    int len = tokens.ids()[0].length;
                    long[] shape = {n, len};
                    try (OnnxTensor ids = OnnxTensor.createTensor(env, LongBuffer.wrap(flat(tokens.ids())), shape);
                         OnnxTensor mask = OnnxTensor.createTensor(env, LongBuffer.wrap(flat(tokens.attentionMask())), shape);
                         OnnxTensor types = OnnxTensor.createTensor(env, LongBuffer.wrap(flat(tokens.typeIds())), shape);
                         OrtSession.Result result = timedRun(session, Map.of("input_ids", ids, "attention_mask", mask,
                                 "token_type_ids", types))) {
                        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                        int dims = hidden.remaining() / (n * len);
                        float[][] pooled = new float[n][dims];
                        for (int i = 0; i < n; i++) {
                            int count = 0;
                            for (int j = 0; j < len; j++) {
                                if (tokens.attentionMask()[i][j] == 0) {
                                    continue;
                                }
                                count++;
                                for (int k = 0; k < dims; k++) {
                                    pooled[i][k] += hidden.get((i * len + j) * dims + k);
                                }
                            }
                            for (int k = 0; k < dims; k++) {
                                pooled[i][k] /= count;
                            }
                        }
                        checksum += SentenceEmbeddings.cosine(pooled[0], pooled[1]);
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "[throughput] raw loop %.3f s, of which loading the model %.3f s, session.run %.3f s%n",
                seconds, loadNanos / 1e9, runNanos / 1e9);
        runNanos = 0;
        if (Double.isNaN(checksum)) {
            throw new IllegalStateException("raw loop produced NaN");
        }
        return seconds;
    }

    /**
     * The int8 model read from its classpath resource into a session on one intra-op thread, as the
     * raw loop and the plain JUnit side load it (the Assay side loads it through {@code @Onnx}).
     */
    static OrtSession openInt8Session() throws Exception {
        byte[] model;
        try (InputStream in = MiniLmThroughput.class.getClassLoader().getResourceAsStream(MODEL)) {
            model = in.readAllBytes();
        }
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            return OrtEnvironment.getEnvironment().createSession(model, options);
        }
    }

    static long runNanos;
    static long loadNanos;

    private static OrtSession.Result timedRun(OrtSession session, Map<String, OnnxTensor> inputs) throws Exception {
        long t = System.nanoTime();
        OrtSession.Result r = session.run(inputs);
        runNanos += System.nanoTime() - t;
        return r;
    }

    private static long[] flat(long[][] rows) {
        long[] out = new long[rows.length * rows[0].length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, out, i * rows[0].length, rows[0].length);
        }
        return out;
    }

    /** The sentence pairs of the suite, as the raw loop and the plain JUnit side read them. */
    static List<String[]> pairs() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path file = ProjectPaths.detect(System.getProperty("assay.root")).resolve("fixtures/datasets/sentence-pairs.jsonl");
        List<String[]> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode row = json.readTree(line);
                pairs.add(new String[] {row.get("a").asText(), row.get("b").asText()});
            }
        }
        return pairs;
    }
}
