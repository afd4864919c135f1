package dev.assay.metrics;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Label sets as bit rows (one bit per label, {@code words} longs per row), the indicator matrix of
 * scikit-learn's {@code MultiLabelBinarizer} without a byte per cell. Set operations per row are
 * then a few {@code AND}/{@code XOR} and bit counts.
 */
final class LabelBits {

    final int words;
    final long[] bits;

    private LabelBits(int words, long[] bits) {
        this.words = words;
        this.bits = bits;
    }

    static LabelBits encode(List<Set<String>> sets, Map<String, Integer> index, String what) {
        int words = Math.max(1, (index.size() + 63) / 64);
        long[] bits = new long[sets.size() * words];
        for (int row = 0; row < sets.size(); row++) {
            Set<String> set = sets.get(row);
            if (set == null) {
                throw new IllegalArgumentException(what + " label set of row [" + row + "] is null; use an empty set");
            }
            for (String label : set) {
                int c = index.get(label);
                bits[row * words + c / 64] |= 1L << (c % 64);
            }
        }
        return new LabelBits(words, bits);
    }

    boolean has(int row, int label) {
        return (bits[row * words + label / 64] & (1L << (label % 64))) != 0;
    }

    int size(int row) {
        int count = 0;
        for (int w = row * words, end = w + words; w < end; w++) {
            count += Long.bitCount(bits[w]);
        }
        return count;
    }

    int common(int row, LabelBits other) {
        int count = 0;
        for (int w = row * words, end = w + words; w < end; w++) {
            count += Long.bitCount(bits[w] & other.bits[w]);
        }
        return count;
    }

    int differing(int row, LabelBits other) {
        int count = 0;
        for (int w = row * words, end = w + words; w < end; w++) {
            count += Long.bitCount(bits[w] ^ other.bits[w]);
        }
        return count;
    }

    /** Adds one to {@code counts[label]} for every label in the row. */
    void addTo(int[] counts, int row) {
        for (int w = 0; w < words; w++) {
            long word = bits[row * words + w];
            while (word != 0) {
                counts[w * 64 + Long.numberOfTrailingZeros(word)]++;
                word &= word - 1;
            }
        }
    }

    /** Adds one to {@code counts[label]} for every label the row shares with {@code other}'s row. */
    void addCommonTo(int[] counts, int row, LabelBits other) {
        for (int w = 0; w < words; w++) {
            long word = bits[row * words + w] & other.bits[row * words + w];
            while (word != 0) {
                counts[w * 64 + Long.numberOfTrailingZeros(word)]++;
                word &= word - 1;
            }
        }
    }
}
