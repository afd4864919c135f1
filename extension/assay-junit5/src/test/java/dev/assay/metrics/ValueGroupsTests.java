package dev.assay.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Groups of equal values, numbered in ascending order, equal to sorting a copy and binary-searching every row. */
class ValueGroupsTests {

    @Test
    void tiesShareAGroupAndGroupsAscendWithTheValue() {
        ValueGroups groups = ValueGroups.of(new double[] {3.5, 1.0, 3.5, 2.0, 1.0});

        assertThat(groups.groupOfRow()).containsExactly(2, 0, 2, 1, 0);
        assertThat(groups.count()).isEqualTo(3);
        assertThat(groups.distinctValues()).containsExactly(1.0, 2.0, 3.5);
        assertThat(groups.hasNaN()).isFalse();
    }

    @Test
    void everyNanIsOneValueLargerThanInfinity() {
        double otherNan = Double.longBitsToDouble(0x7ff0_0000_0000_0001L);
        ValueGroups groups = ValueGroups.of(new double[] {Double.NaN, 1.0, otherNan, Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY, -Double.MAX_VALUE});

        assertThat(groups.groupOfRow()).containsExactly(4, 2, 4, 0, 3, 1);
        assertThat(groups.count()).isEqualTo(5);
        assertThat(groups.hasNaN()).isTrue();
        assertThat(groups.distinctValues()).containsExactly(Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, 1.0,
                Double.POSITIVE_INFINITY, Double.NaN);
    }

    @Test
    void negativeZeroIsZero() {
        ValueGroups groups = ValueGroups.of(new double[] {0.0, -0.0, -Double.MIN_VALUE, Double.MIN_VALUE, -0.0});

        assertThat(groups.groupOfRow()).containsExactly(1, 1, 0, 2, 1);
        assertThat(Double.doubleToRawLongBits(groups.distinctValues()[1])).isZero(); // +0.0, not -0.0
    }

    @Test
    void allEqualValuesAreOneGroup() {
        double[] values = new double[1_000];
        Arrays.fill(values, -7.25);
        ValueGroups groups = ValueGroups.of(values);

        assertThat(groups.groupOfRow()).containsOnly(0);
        assertThat(groups.count()).isEqualTo(1);
        assertThat(groups.distinctValues()).containsExactly(-7.25);
    }

    @Test
    void emptyAndSingleColumns() {
        assertThat(ValueGroups.of(new double[0]).count()).isZero();
        assertThat(ValueGroups.of(new double[0]).hasNaN()).isFalse();
        assertThat(ValueGroups.of(new double[] {Double.NaN}).groupOfRow()).containsExactly(0);
        assertThat(ValueGroups.of(new double[] {Double.NaN}).hasNaN()).isTrue();
        assertThat(ValueGroups.of(new double[] {4.0}).distinctValues()).containsExactly(4.0);
    }

    @Test
    void valuesThatDifferOnlyInTheirLowestBitsAreStillOrdered() {
        // 1 + k ulps for k < 4096: all agree above the 12 index bits of n = 3,000, so the whole column
        // is one run that has to be ordered by the exact values.
        Random random = new Random(3);
        double[] values = new double[3_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1.0 + random.nextInt(4_096) * Math.ulp(1.0);
        }
        assertThat(ValueGroups.of(values).groupOfRow()).isEqualTo(sortAndSearch(values));
    }

    @Test
    void agreesWithSortAndBinarySearchOnRandomColumns() {
        Random random = new Random(11);
        for (int n : new int[] {1, 2, 3, 5, 1_023, 1_024, 1_025, 100_003}) {
            for (int kind = 0; kind < 5; kind++) {
                double[] values = column(random, n, kind);
                int[] expected = sortAndSearch(values);
                ValueGroups groups = ValueGroups.of(values);

                assertThat(groups.groupOfRow()).as("n %d, kind %d", n, kind).isEqualTo(expected);
                assertThat(groups.count()).isEqualTo(Arrays.stream(expected).max().orElse(-1) + 1);
                assertThat(DenseRanks.of(values).group).isEqualTo(expected);
                double[] distinct = groups.distinctValues();
                for (int row = 0; row < n; row++) {
                    assertThat(Double.compare(distinct[expected[row]], values[row] + 0.0)).isZero();
                }
            }
        }
    }

    @Test
    void orderKeysOrderAsDoubleCompare() {
        double[] values = {Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -2.0, -1.0, -Double.MIN_VALUE, 0.0,
            Double.MIN_VALUE, 1.0, 2.0, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN};
        for (int i = 1; i < values.length; i++) {
            assertThat(ValueGroups.orderKey(values[i - 1])).isLessThan(ValueGroups.orderKey(values[i]));
        }
        assertThat(ValueGroups.orderKey(-0.0)).isEqualTo(ValueGroups.orderKey(0.0));
    }

    /** Columns with many ties (0), few ties (1), negatives and zeros of both signs (2), NaN (3), one value (4). */
    private static double[] column(Random random, int n, int kind) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = switch (kind) {
                case 0 -> random.nextInt(50) / 4.0;
                case 1 -> random.nextGaussian() * 1e6;
                case 2 -> random.nextInt(5) == 0 ? (random.nextBoolean() ? -0.0 : 0.0) : -random.nextInt(30);
                case 3 -> random.nextInt(7) == 0 ? Double.NaN : Math.rint(random.nextGaussian() * 10);
                default -> 42.0;
            };
        }
        return values;
    }

    /** How groups were found before {@link ValueGroups}: sort a copy, keep distinct values, binary-search each row. */
    private static int[] sortAndSearch(double[] values) {
        double[] distinct = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            distinct[i] = values[i] + 0.0;
        }
        Arrays.sort(distinct);
        int groups = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || Double.compare(distinct[i], distinct[groups - 1]) != 0) {
                distinct[groups++] = distinct[i];
            }
        }
        int[] group = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            group[i] = Arrays.binarySearch(distinct, 0, groups, values[i] + 0.0);
        }
        return group;
    }
}
