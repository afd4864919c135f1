package dev.assay.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Samples far smaller than the bound data (m-out-of-n bootstrap resamples) take a sorting path
 * instead of counting over every value; both must give what the metric gives on the gathered sample.
 */
class SmallSamplesOfLargeDataTests {

    @Test
    void rankMetricsOnASmallSampleEqualThoseOfTheGatheredSample() {
        Random random = new Random(11);
        int n = 200_000;
        double[] expected = new double[n];
        double[] predicted = new double[n];
        for (int i = 0; i < n; i++) {
            expected[i] = Math.round(random.nextGaussian() * 50) / 10.0; // ties, as real scores have
            predicted[i] = expected[i] + random.nextGaussian();
        }
        int[] rows = new int[2_000];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = random.nextInt(n);
        }
        rows[1] = rows[0]; // a repeated row, as resamples have
        double[] e = new double[rows.length];
        double[] p = new double[rows.length];
        int[] identity = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            e[i] = expected[rows[i]];
            p[i] = predicted[rows[i]];
            identity[i] = i;
        }
        Map<String, SampleMetric> onAll = RegressionMetrics.bind(expected, predicted);
        Map<String, SampleMetric> onGathered = RegressionMetrics.bind(e, p);
        for (String metric : new String[] {"spearman", "kendall", "pearson", "mae", "r2"}) {
            assertThat(onAll.get(metric).compute(rows)).as(metric)
                    .isCloseTo(onGathered.get(metric).compute(identity), within(1e-12));
        }
    }
}
