package dev.assay.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.assay.metrics.SampleMetric;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTests {

    private static final double[] SKEWED = exponential(300, 7);

    @Test
    void sameSeedGivesTheSameInterval() {
        Bootstrap bootstrap = Bootstrap.seeded(42).resamples(500);
        for (Bootstrap.Method method : Bootstrap.Method.values()) {
            BootstrapResult first = bootstrap.estimate(mean(SKEWED), SKEWED.length, method);
            BootstrapResult second = bootstrap.estimate(mean(SKEWED), SKEWED.length, method);
            assertThat(second).isEqualTo(first);
        }
        BootstrapResult other = Bootstrap.seeded(43).resamples(500)
                .estimate(mean(SKEWED), SKEWED.length, Bootstrap.Method.PERCENTILE);
        assertThat(other.interval()).isNotEqualTo(
                bootstrap.estimate(mean(SKEWED), SKEWED.length, Bootstrap.Method.PERCENTILE).interval());
    }

    @Test
    void threadCountDoesNotChangeTheInterval() {
        double[] large = exponential(5_000, 11); // above the exact-jackknife limit: grouped jackknife
        for (Bootstrap.Method method : Bootstrap.Method.values()) {
            BootstrapResult one = Bootstrap.seeded(7).resamples(300).threads(1).estimate(mean(large), large.length, method);
            BootstrapResult two = Bootstrap.seeded(7).resamples(300).threads(2).estimate(mean(large), large.length, method);
            BootstrapResult five = Bootstrap.seeded(7).resamples(300).threads(5).estimate(mean(large), large.length, method);
            assertThat(two).isEqualTo(one);
            assertThat(five).isEqualTo(one);
        }
    }

    @Test
    void percentileIntervalSurroundsTheEstimate() {
        BootstrapResult r = Bootstrap.seeded(1).estimate(mean(SKEWED), SKEWED.length, Bootstrap.Method.PERCENTILE);
        assertThat(r.value()).isEqualTo(mean(SKEWED).compute(IndexSampler.identity(SKEWED.length)));
        assertThat(r.interval().method()).isEqualTo("bootstrap_percentile");
        assertThat(r.interval().contains(r.value())).isTrue();
        assertThat(r.resamples()).isEqualTo(1_000);
        assertThat(r.nanResamples()).isZero();
        // The standard error of a mean of 300 exponential(1) draws is about 0.058.
        assertThat(r.interval().high() - r.interval().low()).isCloseTo(2 * 1.96 * 0.058, within(0.03));
    }

    @Test
    void bcaShiftsTheIntervalOfARightSkewedMeanUpwards() {
        Bootstrap bootstrap = Bootstrap.seeded(3).resamples(2_000);
        Interval percentile = bootstrap.estimate(mean(SKEWED), SKEWED.length, Bootstrap.Method.PERCENTILE).interval();
        Interval bca = bootstrap.estimate(mean(SKEWED), SKEWED.length, Bootstrap.Method.BCA).interval();
        assertThat(bca.method()).isEqualTo("bootstrap_bca");
        assertThat(bca.low()).isGreaterThan(percentile.low());
        assertThat(bca.high()).isGreaterThan(percentile.high());
    }

    @Test
    void groupedJackknifeEstimatesTheAccelerationOfAMean() {
        double[] data = exponential(20_000, 5);
        // For a mean the leave-one-out acceleration is Σd³ / (6 (Σd²)^1.5) with d = x - mean.
        double mean = mean(data).compute(IndexSampler.identity(data.length));
        double cubes = 0;
        double squares = 0;
        for (double x : data) {
            cubes += Math.pow(x - mean, 3);
            squares += Math.pow(x - mean, 2);
        }
        double exact = cubes / (6 * Math.pow(squares, 1.5));
        double grouped = Jackknife.acceleration(mean(data), data.length, 99, 2);
        assertThat(grouped).isCloseTo(exact, within(0.5 * exact));
        double[] small = exponential(500, 5);
        double loo = Jackknife.acceleration(mean(small), small.length, 99, 1);
        assertThat(loo).isCloseTo(skewAcceleration(small), within(1e-12));
    }

    @Test
    void pairedDifferenceOfIdenticalMetricsContainsZero() {
        for (Bootstrap.Method method : Bootstrap.Method.values()) {
            BootstrapResult r = Bootstrap.seeded(5).difference(mean(SKEWED), mean(SKEWED), SKEWED.length, method);
            assertThat(r.value()).isZero();
            assertThat(r.interval().contains(0.0)).isTrue();
        }
    }

    @Test
    void pairedDifferenceUsesTheSameRowsForBothMetrics() {
        double[] baseline = exponential(400, 21);
        double[] candidate = new double[baseline.length];
        for (int i = 0; i < baseline.length; i++) {
            candidate[i] = baseline[i] + 0.1; // perfectly correlated: every resample differs by exactly 0.1
        }
        BootstrapResult r = Bootstrap.seeded(5).difference(mean(candidate), mean(baseline), baseline.length,
                Bootstrap.Method.PERCENTILE);
        assertThat(r.interval().low()).isCloseTo(0.1, within(1e-12));
        assertThat(r.interval().high()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void nanResamplesAreDroppedAndCounted() {
        // Undefined when the resample holds row 0 more than once, like a metric that needs two classes.
        SampleMetric metric = rows -> {
            int zeros = 0;
            for (int row : rows) {
                zeros += row == 0 ? 1 : 0;
            }
            return zeros > 1 ? Double.NaN : rows.length;
        };
        BootstrapResult r = Bootstrap.seeded(9).resamples(1_000).estimate(metric, 20, Bootstrap.Method.PERCENTILE);
        // P(row 0 drawn at least twice in 20 draws from 20) = 1 - 0.95^20 - 20 * 0.05 * 0.95^19 ≈ 0.26.
        assertThat(r.nanResamples()).isBetween(200, 330);
        assertThat(r.interval().low()).isEqualTo(20.0);
        BootstrapResult none = Bootstrap.seeded(9).resamples(10).estimate(rows -> Double.NaN, 20, Bootstrap.Method.BCA);
        assertThat(none.nanResamples()).isEqualTo(10);
        assertThat(none.interval().low()).isNaN();
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThatThrownBy(() -> Bootstrap.seeded(1).resamples(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0]");
        assertThatThrownBy(() -> Bootstrap.seeded(1).confidence(95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[95.0]");
        assertThatThrownBy(() -> Bootstrap.seeded(1).estimate(mean(SKEWED), 0, Bootstrap.Method.BCA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n [0]");
    }

    @Test
    void metricFailuresReachTheCaller() {
        SampleMetric broken = rows -> {
            if (rows.length > 0 && rows[0] == 3) {
                throw new IllegalStateException("broken metric");
            }
            return 1.0;
        };
        assertThatThrownBy(() -> Bootstrap.seeded(1).threads(2).estimate(broken, 10, Bootstrap.Method.PERCENTILE))
                .isInstanceOf(IllegalStateException.class).hasMessage("broken metric");
    }

    @Test
    void mOutOfNResultDoesNotDependOnThreadsThatComputeTheValueAlongside() {
        // the whole-data value is computed by the calling thread while the workers resample
        double[] large = exponential(20_000, 13);
        BootstrapResult one = Bootstrap.seeded(5).resamples(200).threads(1)
                .estimate(mean(large), large.length, Bootstrap.Method.PERCENTILE, 1_000);
        BootstrapResult three = Bootstrap.seeded(5).resamples(200).threads(3)
                .estimate(mean(large), large.length, Bootstrap.Method.PERCENTILE, 1_000);

        assertThat(three).isEqualTo(one);
        assertThat(one.value()).isEqualTo(mean(large).compute(IndexSampler.identity(large.length)));
        assertThat(one.interval().method()).isEqualTo(Interval.BOOTSTRAP_M_OUT_OF_N);
    }

    @Test
    void mOutOfNFailureOnTheWholeDataReachesTheCaller() {
        SampleMetric brokenOnAll = rows -> {
            if (rows.length == 50) {
                throw new IllegalStateException("broken on all rows");
            }
            return 1.0;
        };
        assertThatThrownBy(() -> Bootstrap.seeded(1).threads(2).estimate(brokenOnAll, 50, Bootstrap.Method.PERCENTILE,
                10)).isInstanceOf(IllegalStateException.class).hasMessage("broken on all rows");
    }

    static SampleMetric mean(double[] data) {
        return rows -> {
            double sum = 0;
            for (int row : rows) {
                sum += data[row];
            }
            return sum / rows.length;
        };
    }

    static double[] exponential(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] data = new double[n];
        for (int i = 0; i < n; i++) {
            data[i] = -Math.log(1.0 - random.nextDouble());
        }
        return data;
    }

    private static double skewAcceleration(double[] data) {
        // Leave-one-out means directly, as scipy's jackknife would compute them.
        int n = data.length;
        double total = 0;
        for (double x : data) {
            total += x;
        }
        double[] loo = new double[n];
        double looMean = 0;
        for (int i = 0; i < n; i++) {
            loo[i] = (total - data[i]) / (n - 1);
            looMean += loo[i];
        }
        looMean /= n;
        double cubes = 0;
        double squares = 0;
        for (double v : loo) {
            cubes += Math.pow(looMean - v, 3);
            squares += Math.pow(looMean - v, 2);
        }
        return cubes / (6 * Math.pow(squares, 1.5));
    }
}
