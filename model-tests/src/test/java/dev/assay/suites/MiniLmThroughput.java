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
import org.junit.platform.launcher.core.LauncherConfig;
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
 * <p>Every side loads the model, tokenizes a batch of pairs, runs the session on one intra-op thread
 * (its thread pool spins between runs, which on a small shared machine makes the numbers mostly
 * noise), mean-pools and takes the cosines, over {@link MiniLmInt8ThroughputSuite#ROUNDS} rounds of
 * the 40 pairs. The Assay sides add what a benchmark run costs: test discovery, a test node per
 * call, the journal, metrics with bootstrap intervals and the summary. The sides:
 * <ul>
 *   <li>{@value MiniLmInt8ThroughputSuite#BATCH} pairs per run: the raw loop; the suite through Assay
 *       without and with Allure results, and under {@code @Scenario(OFFLINE)} (one node, one worker); the same calls as a plain JUnit {@code @ParameterizedTest}
 *       ({@link MiniLmPlainParameterizedSuite}: JUnit's own per-node cost);</li>
 *   <li>one pair per run: the raw loop, and the suite through Assay with one case per node.</li>
 * </ul>
 * The sides alternate: {@value #WARMUPS} warmup runs each (the first, cold, is printed), then
 * {@value #TRIALS} measured runs each; best, median and the median of run-by-run ratios are reported.
 */
@Tag("benchmark")
class MiniLmThroughput {

    private static final int WARMUPS = 3;
    private static final int TRIALS = 6;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";

    /** One way of doing the work, timed, and the side it is compared with (null: itself a baseline). */
    private record Side(String name, Timed run, Side baseline, List<Double> seconds) {
        Side(String name, Timed run, Side baseline) {
            this(name, run, baseline, new ArrayList<>());
        }
    }

    private interface Timed {
        double seconds() throws Exception;
    }

    @Test
    void assayAgainstRawOnnxRuntime() throws Exception {
        List<String[]> pairs = pairs();
        List<List<String[]>> batches = batches(pairs);
        List<List<String[]>> single = pairs.stream().map(List::<String[]>of).toList();
        Path output = Files.createTempDirectory("assay-throughput");
        int calls = pairs.size() * MiniLmInt8ThroughputSuite.ROUNDS;

        Side raw = new Side("raw ONNX Runtime loop, " + MiniLmInt8ThroughputSuite.BATCH + " pairs per run", () -> rawLoop(batches), null);
        Side rawSingle = new Side("raw ONNX Runtime loop, 1 pair per run", () -> rawLoop(single), null);
        List<Side> sides = List.of(raw,
                new Side("through Assay without Allure results", () -> assay(MiniLmInt8ThroughputSuite.class, output, false), raw),
                new Side("through Assay, @Scenario(OFFLINE) at the raw loop's batch size, without Allure results",
                        () -> assay(MiniLmInt8ThroughputSuite.Offline.class, output, false), raw),
                new Side("through Assay with Allure results (as mvn test runs it)", () -> assay(MiniLmInt8ThroughputSuite.class, output, true), raw),
                new Side("plain JUnit @ParameterizedTest, no Assay (JUnit's own per-node cost)", MiniLmThroughput::plainJUnit, raw),
                rawSingle,
                new Side("through Assay, one case per node, without Allure results",
                        () -> assay(MiniLmInt8ThroughputSuite.OneCasePerCall.class, output, false), rawSingle));

        // The first runs of each side are the JVM's warmup (class loading, JIT); the first also shows
        // what a cold run costs.
        for (int t = 0; t < WARMUPS + TRIALS; t++) {
            for (Side side : sides) {
                double s = side.run().seconds();
                if (t == 0) {
                    System.out.printf(Locale.ROOT, "[throughput] first (cold) run, %s: %.3f s%n", side.name(), s);
                }
                if (t >= WARMUPS) {
                    side.seconds().add(s);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n[throughput] MiniLM int8, %d pairs x %d rounds = %d pairs; %d warmup runs, "
                + "then best and median of %d runs of each side, alternating%n", pairs.size(),
                MiniLmInt8ThroughputSuite.ROUNDS, calls, WARMUPS, TRIALS);
        for (Side side : sides) {
            report(side, calls);
        }
    }

    private static void report(Side side, int calls) {
        List<Double> seconds = side.seconds();
        String line = String.format(Locale.ROOT, "[throughput] %s: best %.3f s (%.1f pairs/s), median %.3f s "
                + "(%.1f pairs/s)", side.name(), best(seconds), calls / best(seconds), median(seconds),
                calls / median(seconds));
        if (side.baseline() != null) {
            List<Double> raw = side.baseline().seconds();
            // Each measured run beside its baseline's run just before it: the machine's speed drifts
            // between runs, and the median of these ratios is the figure least moved by that drift.
            List<Double> pairedRatios = new ArrayList<>();
            for (int i = 0; i < seconds.size(); i++) {
                pairedRatios.add(raw.get(i) / seconds.get(i));
            }
            line += String.format(Locale.ROOT, "; throughput vs %s: best %.3fx, median %.3fx, median of run-by-run "
                    + "ratios %.3fx", side.baseline().name(), best(raw) / best(seconds), median(raw) / median(seconds),
                    median(pairedRatios));
        }
        System.out.println(line);
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
     * Seconds for a suite through the JUnit Platform launcher, as {@code mvn test} runs it; without
     * Allure, the launcher registers no listeners (Allure's costs are measured by
     * {@code AllureOverheadBenchmark}).
     */
    private static double assay(Class<?> suite, Path output, boolean allure) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(suite))
                .configurationParameters(Map.of("assay.output.dir", output.toString(), "assay.progress.seconds", "3600", "assay.history.dir", "none",
                        "assay.allure.cases", allure ? "auto" : "none"))
                .build();
        Launcher launcher = allure ? LauncherFactory.create()
                : LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build());
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        long start = System.nanoTime();
        launcher.execute(request, listener);
        double seconds = (System.nanoTime() - start) / 1e9;
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
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
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

    /**
     * Seconds for the same work written directly against ONNX Runtime's Java API, model load included:
     * every round, each batch of pairs tokenized as one padded batch ({@code a} sentences, then
     * {@code b}), one session run, mean pooling and the cosines.
     */
    private static double rawLoop(List<List<String[]>> batches) throws Exception {
        long start = System.nanoTime();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        double checksum = 0;
        OnnxTokenizer tokenizer = SentenceSimilarityBenchmark.TOKENIZER;
        try (OrtSession session = openInt8Session()) {
            for (int round = 0; round < MiniLmInt8ThroughputSuite.ROUNDS; round++) {
                for (List<String[]> batch : batches) {
                    List<String> sentences = new ArrayList<>();
                    batch.forEach(p -> sentences.add(p[0]));
                    batch.forEach(p -> sentences.add(p[1]));
                    OnnxTokenizer.Tokens tokens = tokenizer.encode(sentences);
                    int n = sentences.size();
                    int len = tokens.ids()[0].length;
                    long[] shape = {n, len};
                    try (OnnxTensor ids = OnnxTensor.createTensor(env, LongBuffer.wrap(flat(tokens.ids())), shape);
                         OnnxTensor mask = OnnxTensor.createTensor(env, LongBuffer.wrap(flat(tokens.attentionMask())), shape);
                         OnnxTensor types = OnnxTensor.createTensor(env, LongBuffer.wrap(flat(tokens.typeIds())), shape);
                         OrtSession.Result result = session.run(Map.of("input_ids", ids, "attention_mask", mask,
                                 "token_type_ids", types))) {
                        float[][] pooled = meanPooled(((OnnxTensor) result.get(0)).getFloatBuffer(),
                                tokens.attentionMask(), n, len);
                        for (int i = 0; i < batch.size(); i++) {
                            checksum += SentenceEmbeddings.cosine(pooled[i], pooled[batch.size() + i]);
                        }
                    }
                }
            }
        }
        if (Double.isNaN(checksum)) {
            throw new IllegalStateException("raw loop produced NaN");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static float[][] meanPooled(FloatBuffer hidden, long[][] mask, int n, int len) {
        int dims = hidden.remaining() / (n * len);
        float[][] pooled = new float[n][dims];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int j = 0; j < len; j++) {
                if (mask[i][j] == 0) {
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
        return pooled;
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

    private static long[] flat(long[][] rows) {
        long[] out = new long[rows.length * rows[0].length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, out, i * rows[0].length, rows[0].length);
        }
        return out;
    }

    /** The pairs cut into batches of {@link MiniLmInt8ThroughputSuite#BATCH} in dataset order, as Assay cuts them. */
    static List<List<String[]>> batches(List<String[]> pairs) {
        List<List<String[]>> batches = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i += MiniLmInt8ThroughputSuite.BATCH) {
            batches.add(pairs.subList(i, Math.min(pairs.size(), i + MiniLmInt8ThroughputSuite.BATCH)));
        }
        return batches;
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
