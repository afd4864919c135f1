package dev.assay.bench;

import dev.assay.api.Task;
import dev.assay.report.BenchmarkSpec;
import dev.assay.metrics.SampleMetric;
import dev.assay.report.CaseRecord;
import dev.assay.report.LatencyMetrics;
import dev.assay.report.ModelScorer;
import dev.assay.report.EstimatorSettings;
import dev.assay.report.MetricEstimator;
import dev.assay.report.Summary;
import dev.assay.report.SummaryBuilder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code SummaryBenchmark} is used to measure what a summary of a huge benchmark costs: 1,000,000
 * regression cases, every metric with a 95% bootstrap interval from 1,000 resamples (m-out-of-n
 * above {@code assay.bootstrap.maxCases}, 5,000 by default). It is a main class, not a timed
 * test, so it never makes the build flaky. Run it with the test classpath:
 *
 * <pre>{@code
 * mvn -q -o -pl extension/assay-junit5 test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp extension/assay-junit5/target/test-classes:extension/assay-junit5/target/classes:$(cat extension/assay-junit5/target/cp.txt) \
 *      dev.assay.bench.SummaryBenchmark [cases] [maxCases]
 * java ... dev.assay.bench.SummaryBenchmark classification [cases] [labels] [maxCases]
 * }</pre>
 *
 * <p>The {@code classification} mode scores cases over {@code labels} labels (uniform; the
 * prediction is right 80% of the time, else another label at random), so the cost of the
 * per-label metrics ({@code precision[L]}, {@code recall[L]}, {@code f1[L]}) shows against the
 * number of labels. With {@code -Dbench.dump=FILE} every metric's value and interval are written
 * to FILE at full precision, to compare two builds. {@link LabelScalingBenchmark} runs the sizes
 * the project's targets name, each in a fresh JVM, and prints the ratios.
 *
 * <p>It prints the time to build the records (the journal's job, not the summary's), the time of
 * the summary (wall and this process's CPU), and the peak heap: the sum of the heap pools' peak
 * usage since the start, which the JVM tracks itself, so no sampling can miss the peak.
 */
public final class SummaryBenchmark {

    /** Starts the machine-readable line of the classification mode: wall seconds, CPU seconds, peak heap MiB. */
    static final String RESULT = "RESULT";

    private SummaryBenchmark() {
    }

    /**
     * Runs the benchmark; arguments: number of cases (1,000,000), m-out-of-n cap (5,000); or
     * {@code classification}, cases (5,000), labels (10), m-out-of-n cap (5,000).
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("classification")) {
            classification(args);
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int maxCases = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        long t0 = System.nanoTime();
        List<CaseRecord> records = records(n);
        long t1 = System.nanoTime();

        BenchmarkSpec spec = spec(Task.REGRESSION, n);
        SummaryBuilder builder = builder(maxCases);
        long t2 = System.nanoTime();
        Summary.ModelResult result = builder.model("bench", spec, "m", records);
        long t3 = System.nanoTime();

        System.out.printf(Locale.ROOT, "cases %,d, resamples 1000, maxCases %,d, cores %d, max heap %d MiB%n", n,
                maxCases, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "records built in %.2f s%n", (t1 - t0) / 1e9);
        System.out.printf(Locale.ROOT, "summary (%d metrics with intervals) in %.2f s%n", result.metrics.size(),
                (t3 - t2) / 1e9);
        System.out.printf(Locale.ROOT, "peak heap %d MiB%n", peakHeap() >> 20);
        result.metrics.forEach((name, e) -> System.out.println("  " + name + " " + e.display() + " " + e.method()));
        if (args.length > 2 && args[2].equals("detail")) {
            MetricEstimator estimator = new MetricEstimator(new EstimatorSettings(0.95, 1000, 42L, maxCases));
            long bindStart = System.nanoTime();
            ModelScorer scorer = new ModelScorer(records, Task.REGRESSION, null, null);
            Map<String, SampleMetric> metrics = new java.util.LinkedHashMap<>(scorer.quality());
            metrics.putAll(LatencyMetrics.bind(scorer.okRecords()));
            System.out.printf(Locale.ROOT, "  %-18s %6.2f s%n", "(binding)", (System.nanoTime() - bindStart) / 1e9);
            metrics.forEach((name, metric) -> {
                long start = System.nanoTime();
                estimator.estimate(name, name, metric, records.size());
                System.out.printf(Locale.ROOT, "  %-18s %6.2f s%n", name, (System.nanoTime() - start) / 1e9);
            });
        }
    }

    /** Benchmark {@code bench} with one model {@code m} of {@code cases} cases. */
    private static BenchmarkSpec spec(Task task, int cases) {
        BenchmarkSpec spec = new BenchmarkSpec();
        spec.benchmark = "bench";
        BenchmarkSpec.ModelSpec model = new BenchmarkSpec.ModelSpec();
        model.task = task.wireName();
        model.cases = cases;
        spec.models.put("m", model);
        return spec;
    }

    /** A summary builder as a run's: 95% intervals, 1,000 resamples, seed 42. */
    private static SummaryBuilder builder(int maxCases) {
        return new SummaryBuilder(new MetricEstimator(new EstimatorSettings(0.95, 1000, 42L, maxCases)));
    }

    private static void classification(String[] args) throws IOException {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int labels = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int maxCases = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
        List<CaseRecord> records = classificationRecords(n, labels);
        BenchmarkSpec spec = spec(Task.CLASSIFICATION, n);
        SummaryBuilder builder = builder(maxCases);
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        Summary.ModelResult result = builder.model("bench", spec, "m", records);
        long t1 = System.nanoTime();
        long cpu1 = processCpuNanos();
        System.out.printf(Locale.ROOT, "classification: cases %,d, labels %,d, resamples 1000, maxCases %,d, cores %d, "
                + "max heap %d MiB%n", n, labels, maxCases, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "summary (%d metrics with intervals) in %.2f s wall, %.2f s CPU; peak heap %d MiB%n",
                result.metrics.size(), (t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9, peakHeap() >> 20);
        // One line for LabelScalingBenchmark, which runs each size in a JVM of its own.
        System.out.printf(Locale.ROOT, "%s %.3f %.3f %d%n", RESULT, (t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9,
                peakHeap() >> 20);
        result.metrics.entrySet().stream().filter(e -> !e.getKey().contains("[") || e.getKey().endsWith("[l0]"))
                .forEach(e -> System.out.println("  " + e.getKey() + " " + e.getValue().display() + " "
                        + e.getValue().method()));
        String dump = System.getProperty("bench.dump");
        if (dump != null) {
            List<String> lines = new ArrayList<>();
            result.metrics.forEach((name, e) -> lines.add(name + " " + e.value() + " " + e.ciLow() + " " + e.ciHigh() + " "
                    + e.method()));
            Files.write(Path.of(dump), lines);
        }
    }

    /** Labels {@code l0 .. l(k-1)} drawn uniformly; the prediction is right 80% of the time, else another label. */
    private static List<CaseRecord> classificationRecords(int n, int labels) {
        SplittableRandom random = new SplittableRandom(42);
        List<CaseRecord> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int expected = random.nextInt(labels);
            int predicted = random.nextDouble() < 0.8 || labels == 1 ? expected
                    : (expected + 1 + random.nextInt(labels - 1)) % labels;
            double latency = Math.exp(0.7 + 0.3 * gaussian(random));
            out.add(new CaseRecord("bench", "bench", "m", Integer.toString(i), 0, "classification", CaseRecord.OK,
                    "l" + expected, "l" + predicted, null, latency, null, null, null, 1, null, Map.of(), Map.of()));
        }
        return out;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** Regression cases: y ~ N(50, 15), prediction off by N(0, 5), latency log-normal around 2 ms. */
    private static List<CaseRecord> records(int n) {
        SplittableRandom random = new SplittableRandom(42);
        List<CaseRecord> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double y = 50 + 15 * gaussian(random);
            double p = y + 5 * gaussian(random);
            double latency = Math.exp(0.7 + 0.3 * gaussian(random));
            out.add(new CaseRecord("bench", "bench", "m", Integer.toString(i), 0, "regression", CaseRecord.OK, y, p,
                    null, latency, null, null, null, 1, null, Map.of(), Map.of()));
        }
        return out;
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller: SplittableRandom has no nextGaussian on Java 17.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
