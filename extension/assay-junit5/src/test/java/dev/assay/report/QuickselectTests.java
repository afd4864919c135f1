package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The k-th smallest equals the k-th value of a sorted copy, and the array is left partitioned around it. */
class QuickselectTests {

    @Test
    void selectsEveryRankOfRandomArraysWithTies() {
        Random random = new Random(17);
        for (int length : new int[] {1, 2, 3, 7, 100, 999}) {
            for (int bound : new int[] {1, 3, 1_000_000}) {
                int[] values = random.ints(length, 0, bound).toArray();
                int[] sorted = values.clone();
                Arrays.sort(sorted);
                for (int k = 0; k < length; k++) {
                    int[] work = values.clone();
                    int selected = Quickselect.kthSmallest(work, length, k);

                    assertThat(selected).as("length %d, bound %d, k %d", length, bound, k).isEqualTo(sorted[k]);
                    assertPartitioned(work, length, k);
                }
            }
        }
    }

    @Test
    void selectsInSortedReversedAndConstantArrays() {
        int length = 5_001;
        int[] ascending = new int[length];
        int[] descending = new int[length];
        int[] organPipe = new int[length];
        for (int i = 0; i < length; i++) {
            ascending[i] = i;
            descending[i] = length - 1 - i;
            organPipe[i] = Math.min(i, length - 1 - i);
        }
        for (int k : new int[] {0, 1, 2_500, 4_999, 5_000}) {
            assertThat(Quickselect.kthSmallest(ascending.clone(), length, k)).isEqualTo(k);
            assertThat(Quickselect.kthSmallest(descending.clone(), length, k)).isEqualTo(k);
            assertThat(Quickselect.kthSmallest(organPipe.clone(), length, k)).isEqualTo(k / 2);
            assertThat(Quickselect.kthSmallest(new int[length], length, k)).isZero();
        }
    }

    @Test
    void looksOnlyAtTheFirstLengthValues() {
        int[] values = {5, 4, 3, -100, -100};
        assertThat(Quickselect.kthSmallest(values, 3, 0)).isEqualTo(3);
        assertThat(values).endsWith(-100, -100);
    }

    @Test
    void rejectsARankOutsideTheValues() {
        assertThatThrownBy(() -> Quickselect.kthSmallest(new int[] {1, 2}, 2, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2]");
    }

    private static void assertPartitioned(int[] values, int length, int k) {
        for (int i = 0; i < length; i++) {
            if (i < k) {
                assertThat(values[i]).isLessThanOrEqualTo(values[k]);
            } else if (i > k) {
                assertThat(values[i]).isGreaterThanOrEqualTo(values[k]);
            }
        }
    }
}
