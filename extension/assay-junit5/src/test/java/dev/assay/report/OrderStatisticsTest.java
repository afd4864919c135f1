package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Percentiles by counting (dense samples) and by selection (small samples of large data) agree with a plain sort. */
class OrderStatisticsTest {

    @Test
    void bothPathsGiveNumpysLinearPercentile() {
        Random random = new Random(5);
        double[] values = new double[100_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 97 == 0 ? Double.NaN : Math.round(random.nextDouble() * 1000) / 10.0;
        }
        OrderStatistics order = new OrderStatistics(values);
        for (int size : new int[] {50, 1_000, 100_000}) {
            int[] rows = new int[size];
            for (int i = 0; i < size; i++) {
                rows[i] = random.nextInt(values.length);
            }
            double[] sample = Arrays.stream(rows).mapToDouble(r -> values[r]).filter(v -> !Double.isNaN(v)).sorted()
                    .toArray();
            for (double p : new double[] {0, 50, 90, 95, 99, 100}) {
                assertThat(order.percentile(rows, p)).as("p%s of %d rows", p, size)
                        .isEqualTo(LatencyMetrics.percentile(sample, p));
            }
        }
    }

    @Test
    void selectionGivesNumpysLinearPercentileOfDistinctValues() {
        Random random = new Random(8);
        double[] values = random.doubles(200_000).map(v -> Math.exp(3 * v)).toArray();
        OrderStatistics order = new OrderStatistics(values);
        for (int size : new int[] {1, 2, 3, 101, 5_000}) { // all far below the 200,000 distinct values: selection
            int[] rows = random.ints(size, 0, values.length).toArray();
            double[] sample = Arrays.stream(rows).mapToDouble(r -> values[r]).sorted().toArray();
            for (double p : new double[] {0, 0.1, 25, 50, 62.5, 90, 95, 99, 99.9, 100}) {
                assertThat(order.percentile(rows, p)).as("p%s of %d rows", p, size)
                        .isEqualTo(LatencyMetrics.percentile(sample, p));
            }
        }
    }

    @Test
    void selectionOfSamplesWithTiesAndNan() {
        double[] values = new double[100_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        values[7] = Double.NaN;
        OrderStatistics order = new OrderStatistics(values);

        assertThat(order.percentile(new int[] {7, 7, 7}, 50)).isNaN();
        assertThat(order.percentile(new int[] {7, 42, 7}, 90)).isEqualTo(42.0);
        assertThat(order.percentile(new int[] {5, 5, 5, 5}, 37)).isEqualTo(5.0);
        // sorted sample 3 3 3 9 9: rank 0.75 * 4 = 3 -> 9; rank 0.5 * 4 = 2 -> 3; rank 0.6 * 4 = 2.4 -> 3 + 0.4 * 6
        int[] tied = {9, 3, 7, 3, 9, 3};
        assertThat(order.percentile(tied, 75)).isEqualTo(9.0);
        assertThat(order.percentile(tied, 50)).isEqualTo(3.0);
        assertThat(order.percentile(tied, 60)).isEqualTo(3 + (0.6 * 4 - 2) * 6);
    }

    @Test
    void negativeZeroIsTheSameValueAsZero() {
        OrderStatistics order = new OrderStatistics(new double[] {-0.0, 0.0, 1.0, Double.NaN});
        int[] all = {0, 1, 2, 3};

        // three values 0 0 1: rank 0.75 * 2 = 1.5 lies halfway between the second 0 and the 1
        assertThat(order.percentile(all, 75)).isEqualTo(0.5);
        assertThat(order.percentile(all, 50)).isZero();
        assertThat(order.percentile(all, 100)).isEqualTo(1.0);
    }
}
