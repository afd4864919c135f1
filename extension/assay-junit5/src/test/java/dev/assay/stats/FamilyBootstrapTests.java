package dev.assay.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.metrics.ClassificationMetrics;
import dev.assay.metrics.FamilyMember;
import dev.assay.metrics.MetricFamily;
import dev.assay.metrics.SampleMetric;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A family's bootstrap must give each member exactly the result of that member's own bootstrap with
 * the same seed: sharing the resamples is a saving, never a different estimate.
 */
class FamilyBootstrapTests {

    @Test
    void eachMemberGetsExactlyItsOwnBootstrap() {
        MetricFamily family = perLabel(150, 5, 1);
        for (Bootstrap.Method method : Bootstrap.Method.values()) {
            Bootstrap bootstrap = Bootstrap.seeded(11).resamples(400);
            BootstrapResult[] together = bootstrap.estimateAll(family, 150, method, 5_000);
            for (int i = 0; i < family.size(); i++) {
                assertThat(together[i]).as("member %d, %s", i, method)
                        .isEqualTo(bootstrap.estimate(new FamilyMember(family, i), 150, method, 5_000));
            }
        }
    }

    @Test
    void bcaOfEveryMemberMatchesAboveTheExactJackknifeAndInMOutOfN() {
        MetricFamily family = perLabel(2_500, 3, 2); // grouped jackknife
        Bootstrap bootstrap = Bootstrap.seeded(5).resamples(200);
        BootstrapResult[] bca = bootstrap.estimateAll(family, 2_500, Bootstrap.Method.BCA, 5_000);
        BootstrapResult[] mOutOfN = bootstrap.estimateAll(family, 2_500, Bootstrap.Method.PERCENTILE, 700);
        for (int i = 0; i < family.size(); i++) {
            SampleMetric member = new FamilyMember(family, i);
            assertThat(bca[i]).isEqualTo(bootstrap.estimate(member, 2_500, Bootstrap.Method.BCA, 5_000));
            assertThat(mOutOfN[i]).isEqualTo(bootstrap.estimate(member, 2_500, Bootstrap.Method.PERCENTILE, 700));
        }
        assertThat(Arrays.stream(bca).map(r -> r.interval().method())).contains(Interval.BOOTSTRAP_BCA);
        assertThat(Arrays.stream(mOutOfN).map(r -> r.interval().method())).containsOnly(Interval.BOOTSTRAP_M_OUT_OF_N);
    }

    @Test
    void passesOverSlicesOfTheMembersAndThreadsChangeNothing() {
        MetricFamily family = perLabel(200, 7, 3);
        Bootstrap bootstrap = Bootstrap.seeded(9).resamples(100);
        for (Bootstrap.Method method : Bootstrap.Method.values()) {
            BootstrapResult[] onePass = bootstrap.threads(1).estimateAll(family, 200, method, 5_000);
            BootstrapResult[] slices = new FamilyBootstrap(family, 200, 200, 9, 100, 3, 250) // 2 members a pass
                    .estimate(bootstrap.threads(3), method);
            assertThat(slices).containsExactly(onePass);
        }
    }

    @Test
    void nanResamplesAreCountedPerMember() {
        // Member 0 is defined on every resample, member 1 only on those that draw row 0.
        MetricFamily family = new MetricFamily() {
            @Override
            public int size() {
                return 2;
            }

            @Override
            public double compute(int[] rows, int member) {
                double[] values = new double[2];
                computeAll(rows, values);
                return values[member];
            }

            @Override
            public void computeAll(int[] rows, double[] values) {
                double sum = 0;
                boolean hasFirst = false;
                for (int row : rows) {
                    sum += row;
                    hasFirst |= row == 0;
                }
                values[0] = sum / rows.length;
                values[1] = hasFirst ? sum : Double.NaN;
            }
        };
        Bootstrap bootstrap = Bootstrap.seeded(4).resamples(300);
        BootstrapResult[] results = bootstrap.estimateAll(family, 5, Bootstrap.Method.BCA, 5_000);
        assertThat(results[0].nanResamples()).isZero();
        assertThat(results[1].nanResamples()).isPositive();
        for (int i = 0; i < 2; i++) {
            assertThat(results[i]).isEqualTo(bootstrap.estimate(new FamilyMember(family, i), 5, Bootstrap.Method.BCA));
        }
    }

    /** The per-label family of a classifier right about 70% of the time, over {@code k} labels. */
    private static MetricFamily perLabel(int n, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] expected = new String[n];
        String[] predicted = new String[n];
        for (int i = 0; i < n; i++) {
            int label = random.nextInt(k);
            expected[i] = "c" + label;
            predicted[i] = "c" + (random.nextDouble() < 0.7 ? label : random.nextInt(k));
        }
        return ((FamilyMember) ClassificationMetrics.bind(expected, predicted, null, null).get("f1[c0]")).family();
    }
}
