package dev.assay.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.junit.jupiter.api.Test;

/** Kendall is the one metric with a non-trivial algorithm; it is checked against brute force and commons-math3. */
class KendallTauTests {

    private static final int MILLION = 1_000_000;

    @Test
    void runsOnAMillionRowsAndAgreesWithBruteForceOnSamples() {
        Random random = new Random(42);
        double[] x = new double[MILLION];
        double[] y = new double[MILLION];
        for (int i = 0; i < MILLION; i++) {
            x[i] = random.nextInt(1000);                           // heavy ties
            y[i] = Math.rint((x[i] + random.nextGaussian() * 300) / 10); // ties, and correlated
        }
        SampleMetric kendall = RegressionMetrics.bind(x, y).get("kendall");

        double tau = kendall.compute(ReferenceFixture.identity(MILLION));
        assertThat(tau).isBetween(0.1, 1.0);

        for (int trial = 0; trial < 5; trial++) {
            int[] rows = new int[1500];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = random.nextInt(MILLION); // with repeats, like a bootstrap draw
            }
            assertThat(kendall.compute(rows)).isCloseTo(bruteForce(x, y, rows), ReferenceFixture.within());
        }
    }

    @Test
    void bootstrapSizedSamplesAgreeWithBruteForce() {
        // Samples as large as the bound data take the counting path (how often each bound row is drawn).
        Random random = new Random(11);
        for (int n : new int[] {2, 3, 17, 400}) {
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextInt(Math.max(2, n / 10));
                y[i] = random.nextInt(7) + (random.nextBoolean() ? x[i] : -x[i]);
            }
            SampleMetric kendall = RegressionMetrics.bind(x, y).get("kendall");
            for (int trial = 0; trial < 20; trial++) {
                int[] rows = new int[n];
                for (int i = 0; i < n; i++) {
                    rows[i] = random.nextInt(n);
                }
                double expected = bruteForce(x, y, rows);
                if (Double.isNaN(expected)) {
                    assertThat(kendall.compute(rows)).isNaN();
                } else {
                    assertThat(kendall.compute(rows)).as("n=%d trial %d", n, trial)
                            .isCloseTo(expected, ReferenceFixture.within());
                }
            }
        }
    }

    @Test
    void agreesWithCommonsMathOnTiedData() {
        Random random = new Random(7);
        int n = 20_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextInt(50);
            y[i] = random.nextInt(50) - x[i] * 0.5;
        }
        double tau = RegressionMetrics.bind(x, y).get("kendall").compute(ReferenceFixture.identity(n));
        assertThat(tau).isCloseTo(new KendallsCorrelation().correlation(x, y), ReferenceFixture.within());
    }

    @Test
    void countsInversionsStrictly() {
        assertThat(KendallTau.inversions(new int[] {3, 1, 2, 2, 0})).isEqualTo(7);
        assertThat(KendallTau.inversions(new int[] {1, 1, 1})).isZero();
        assertThat(KendallTau.inversions(new int[0])).isZero();
    }

    /** Tau-b from its definition: sum of sign products over all pairs. */
    private static double bruteForce(double[] x, double[] y, int[] rows) {
        long concordantMinusDiscordant = 0;
        long xTies = 0;
        long yTies = 0;
        long pairs = 0;
        for (int i = 0; i < rows.length; i++) {
            for (int j = i + 1; j < rows.length; j++) {
                int dx = compare(x[rows[i]], x[rows[j]]);
                int dy = compare(y[rows[i]], y[rows[j]]);
                concordantMinusDiscordant += dx * dy;
                xTies += dx == 0 ? 1 : 0;
                yTies += dy == 0 ? 1 : 0;
                pairs++;
            }
        }
        return concordantMinusDiscordant / Math.sqrt((double) (pairs - xTies) * (pairs - yTies));
    }

    /** Numeric comparison, unlike Double.compare: -0.0 ties with 0.0, as in numpy. */
    private static int compare(double a, double b) {
        return a < b ? -1 : a > b ? 1 : 0;
    }
}
