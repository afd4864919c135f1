package dev.assay.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The radix sort orders by the chosen bits as a comparison sort would, and keeps ties in input order. */
class RadixSortTests {

    @Test
    void sortsFullKeysAsUnsignedLongs() {
        Random random = new Random(1);
        for (int length : new int[] {0, 1, 2, 3, 1_000, 65_537}) {
            long[] keys = random.longs(length).toArray();
            long[] expected = LongStream.of(keys).boxed().sorted(Long::compareUnsigned).mapToLong(Long::longValue)
                    .toArray();

            RadixSort.sort(keys, length, 0, 64);

            assertThat(keys).as("length %d", length).isEqualTo(expected);
        }
    }

    @Test
    void sortsByABitRangeAndKeepsTiesInInputOrder() {
        Random random = new Random(2);
        int length = 10_000;
        long[] keys = new long[length];
        for (int i = 0; i < length; i++) {
            // bits 20..29 carry a value with many ties, bits 0..19 the input position, bits 30.. noise
            keys[i] = ((long) random.nextInt(1 << 20) << 30) | ((long) random.nextInt(37) << 20) | i;
        }
        Long[] expected = LongStream.of(keys).boxed().toArray(Long[]::new);
        Arrays.sort(expected, Comparator.comparingLong(key -> (key >>> 20) & 1023)); // stable

        RadixSort.sort(keys, length, 20, 30);

        assertThat(keys).containsExactly(Arrays.stream(expected).mapToLong(Long::longValue).toArray());
    }

    @Test
    void sortsOnlyTheFirstLengthKeys() {
        long[] keys = {5, 3, 9, 1, 0};
        RadixSort.sort(keys, 3, 0, 4);
        assertThat(keys).containsExactly(3, 5, 9, 1, 0);
    }

    @Test
    void keysEqualInEveryDigitStayPut() {
        long[] keys = {7L << 40 | 2, 7L << 40 | 0, 7L << 40 | 1};
        RadixSort.sort(keys, 3, 40, 64);
        assertThat(keys).containsExactly(7L << 40 | 2, 7L << 40 | 0, 7L << 40 | 1);
    }

    @Test
    void rejectsABitRangeOutsideALong() {
        assertThatThrownBy(() -> RadixSort.sort(new long[2], 2, 10, 65))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[10, 65)");
    }
}
