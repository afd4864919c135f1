package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Percentiles by counting (dense samples) and by sorting (small samples of large data) agree with a plain sort. */
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
}
