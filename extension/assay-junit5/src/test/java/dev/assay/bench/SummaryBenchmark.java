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
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
 * }</pre>
 *
 * <p>It prints the time to build the records (the journal's job, not the summary's), the time of
 * the summary, and the peak heap: the sum of the heap pools' peak usage since the start, which the
 * JVM tracks itself, so no sampling can miss the peak.
 */
public final class SummaryBenchmark {

    private SummaryBenchmark() {
    }

    /** Runs the benchmark; arguments: number of cases (1,000,000), m-out-of-n cap (5,000). */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int maxCases = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        long t0 = System.nanoTime();
        List<CaseRecord> records = records(n);
        long t1 = System.nanoTime();

        BenchmarkSpec spec = new BenchmarkSpec();
        spec.benchmark = "bench";
        BenchmarkSpec.ModelSpec model = new BenchmarkSpec.ModelSpec();
        model.task = Task.REGRESSION.wireName();
        model.cases = n;
        spec.models.put("m", model);
        SummaryBuilder builder = new SummaryBuilder(new MetricEstimator(new EstimatorSettings(0.95, 1000, 42L,
                maxCases)));
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
