package dev.assay.metrics;

import java.util.Arrays;

/**
 * A stable least-significant-digit radix sort of {@code long} keys by a range of their bits, for
 * keys packed from small ints (dense ranks, row indices). Each pass counts and moves the keys
 * once, without comparisons: for the bit widths these keys have (up to 44 bits for a million rows,
 * about 40 for a pair of dense ranks) that beats {@link Arrays#sort(long[])}, whose
 * comparisons mispredict on random data, and it reaches compiled speed early in a cold JVM.
 */
final class RadixSort {

    private static final int MAX_DIGIT_BITS = 11;

    private RadixSort() {
    }

    /**
     * Sorts {@code keys[0 .. length)} by the unsigned value of their bits {@code lowBit .. highBit - 1};
     * keys equal in those bits keep their order (the sort is stable), whatever their other bits.
     */
    static void sort(long[] keys, int length, int lowBit, int highBit) {
        if (lowBit < 0 || highBit > Long.SIZE || lowBit > highBit) {
            throw new IllegalArgumentException("bits must satisfy 0 <= lowBit <= highBit <= 64; got ["
                    + lowBit + ", " + highBit + ")");
        }
        if (length < 2 || lowBit == highBit) {
            return;
        }
        int passes = (highBit - lowBit + MAX_DIGIT_BITS - 1) / MAX_DIGIT_BITS;
        int digitBits = (highBit - lowBit + passes - 1) / passes; // even digits: fewer buckets per pass
        int[] start = new int[1 << digitBits];
        long[] source = keys;
        long[] target = new long[length];
        for (int shift = lowBit; shift < highBit; shift += digitBits) {
            int width = Math.min(digitBits, highBit - shift);
            int mask = (1 << width) - 1;
            Arrays.fill(start, 0);
            for (int i = 0; i < length; i++) {
                start[(int) (source[i] >>> shift) & mask]++;
            }
            if (start[(int) (source[0] >>> shift) & mask] == length) {
                continue; // every key has this digit: the pass would move nothing
            }
            int position = 0;
            for (int digit = 0; digit <= mask; digit++) {
                int count = start[digit];
                start[digit] = position;
                position += count;
            }
            for (int i = 0; i < length; i++) {
                long key = source[i];
                target[start[(int) (key >>> shift) & mask]++] = key;
            }
            long[] swap = source;
            source = target;
            target = swap;
        }
        if (source != keys) {
            System.arraycopy(source, 0, keys, 0, length);
        }
    }
}
