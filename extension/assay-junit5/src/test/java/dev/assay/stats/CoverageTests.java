package dev.assay.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** 95% intervals must cover the true value about 95% of the time over many simulated datasets. */
class CoverageTests {

    private static final int DATASETS = 1_000;
    private static final int N = 100;
    private static final Bootstrap BOOTSTRAP = Bootstrap.seeded(2024).resamples(500).threads(2);

    @Test
    void percentileBootstrapCoversTheMeanOfANormal() {
        SplittableRandom random = new SplittableRandom(1);
        int covered = 0;
        for (int d = 0; d < DATASETS; d++) {
            double[] data = new double[N];
            for (int i = 0; i < N; i++) {
                data[i] = 10.0 + 2.0 * gaussian(random);
            }
            Interval ci = BOOTSTRAP.estimate(BootstrapTests.mean(data), N, Bootstrap.Method.PERCENTILE).interval();
            covered += ci.contains(10.0) ? 1 : 0;
        }
        assertThat(covered / (double) DATASETS).isBetween(0.92, 0.98);
    }

    @Test
    void percentileBootstrapAndWilsonCoverAProportion() {
        SplittableRandom random = new SplittableRandom(2);
        double p = 0.3;
        int bootstrapCovered = 0;
        int wilsonCovered = 0;
        for (int d = 0; d < DATASETS; d++) {
            double[] data = new double[N];
            int successes = 0;
            for (int i = 0; i < N; i++) {
                data[i] = random.nextDouble() < p ? 1.0 : 0.0;
                successes += (int) data[i];
            }
            Interval bootstrap = BOOTSTRAP.estimate(BootstrapTests.mean(data), N, Bootstrap.Method.PERCENTILE).interval();
            bootstrapCovered += bootstrap.contains(p) ? 1 : 0;
            wilsonCovered += Wilson.interval(successes, N, 0.95).contains(p) ? 1 : 0;
        }
        assertThat(bootstrapCovered / (double) DATASETS).isBetween(0.92, 0.98);
        assertThat(wilsonCovered / (double) DATASETS).isBetween(0.92, 0.98);
    }

    @Test
    void mOutOfNBootstrapCoversTheMeanAndAPercentileOfALargeSkewedSample() {
        // n = 20,000 cases, resamples of m = 1,000 rows rescaled by sqrt(m/n): the path huge benchmarks take.
        SplittableRandom random = new SplittableRandom(3);
        int datasets = 400;
        int n = 20_000;
        double trueMean = Math.exp(0.5); // log-normal(0, 1), skewed like latencies
        double trueMedian = 1.0;
        int meanCovered = 0;
        int medianCovered = 0;
        for (int d = 0; d < datasets; d++) {
            double[] data = new double[n];
            for (int i = 0; i < n; i++) {
                data[i] = Math.exp(gaussian(random));
            }
            meanCovered += BOOTSTRAP.estimate(BootstrapTests.mean(data), n, Bootstrap.Method.PERCENTILE, 1_000)
                    .interval().contains(trueMean) ? 1 : 0;
            medianCovered += BOOTSTRAP.estimate(rows -> median(data, rows), n, Bootstrap.Method.PERCENTILE, 1_000)
                    .interval().contains(trueMedian) ? 1 : 0;
        }
        assertThat(meanCovered / (double) datasets).isBetween(0.92, 0.98);
        assertThat(medianCovered / (double) datasets).isBetween(0.92, 0.98);
    }

    private static double median(double[] data, int[] rows) {
        double[] sample = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            sample[i] = data[rows[i]];
        }
        java.util.Arrays.sort(sample);
        int mid = sample.length / 2;
        return sample.length % 2 == 1 ? sample[mid] : (sample[mid - 1] + sample[mid]) / 2;
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller; SplittableRandom has no nextGaussian on Java 17.
        return Math.sqrt(-2.0 * Math.log(1.0 - random.nextDouble())) * Math.cos(2.0 * Math.PI * random.nextDouble());
    }
}
