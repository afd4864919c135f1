package dev.assay.metrics;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * {@code ValueGroups} is used to number the distinct values of a column in ascending order and to
 * give every row the number (group) of its value, once, when metrics are bound: equal values share
 * a group, so a sample can later be ranked, histogrammed or have its percentiles taken by counting
 * or selecting over small ints instead of sorting doubles.
 *
 * <pre>{@code
 * ValueGroups groups = ValueGroups.of(new double[] {2.5, -1.0, 2.5, Double.NaN});
 * groups.groupOfRow();     // [1, 0, 1, 2]
 * groups.distinctValues(); // [-1.0, 2.5, NaN]
 * }</pre>
 *
 * <p>The order is {@link Double#compare}'s, which {@link Arrays#sort(double[])} uses, with one
 * exception: {@code -0.0} and {@code 0.0} are the same value (group of {@code 0.0}). Every NaN is
 * one value, larger than {@code +Infinity}; a caller that leaves NaN out finds it in the last group
 * ({@link #hasNaN()}).
 */
@API(status = INTERNAL, since = "0.1")
public final class ValueGroups {

    private static final long MAGNITUDE_BITS = 0x7fff_ffff_ffff_ffffL;

    private final double[] values;
    private final int[] groupOfRow;
    private final int count;
    private final boolean hasNaN;

    private ValueGroups(double[] values, int[] groupOfRow, int count, boolean hasNaN) {
        this.values = values;
        this.groupOfRow = groupOfRow;
        this.count = count;
        this.hasNaN = hasNaN;
    }

    /**
     * The groups of {@code values}, with one radix sort of a {@code long} per row.
     *
     * <p>Why not sort a copy and binary-search every row in it: for a million rows each search
     * walks an 8 MB array with a cache miss per step, which cost more than the sort. Instead each
     * row becomes one {@code long}: its value's order-preserving bits with the lowest
     * {@code ceil(log2 n)} bits replaced by the row index. Sorting those by their high bits orders
     * the rows by value and carries the row along, so nothing is searched. Rows whose values agree
     * in the kept high bits come out in row order (the sort is stable); those runs, short unless
     * values tie, are put in value order afterwards from the exact values.
     *
     * <p>{@code values} is not copied: {@link #distinctValues()} reads it again, so it must not
     * change in between.
     */
    public static ValueGroups of(double[] values) {
        int n = values.length;
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
        long indexMask = (1L << indexBits) - 1;
        long[] keys = new long[n];
        for (int row = 0; row < n; row++) {
            // the sign bit flipped: the radix sort orders unsigned, orderKey is ordered signed
            keys[row] = ((orderKey(values[row]) ^ Long.MIN_VALUE) & ~indexMask) | row;
        }
        RadixSort.sort(keys, n, indexBits, Long.SIZE);
        int[] groupOfRow = new int[n];
        RunResolver runs = new RunResolver(values, groupOfRow);
        int groups = 0;
        int start = 0;
        while (start < n) {
            long prefix = keys[start] & ~indexMask;
            int end = start + 1;
            while (end < n && (keys[end] & ~indexMask) == prefix) {
                end++;
            }
            if (end - start == 1) {
                groupOfRow[(int) (keys[start] & indexMask)] = groups++;
            } else {
                groups = runs.resolve(keys, start, end, indexMask, groups);
            }
            start = end;
        }
        // NaN sorts last, alone in its run (no other value's key shares its high bits)
        boolean hasNaN = n > 0 && Double.isNaN(values[(int) (keys[n - 1] & indexMask)]);
        return new ValueGroups(values, groupOfRow, groups, hasNaN);
    }

    /** The number of groups: distinct values, counting all NaN as one. */
    public int count() {
        return count;
    }

    /** Each row's group, {@code 0 .. count() - 1}, ascending with the value; a new array on each call. */
    public int[] groupOfRow() {
        return groupOfRow.clone();
    }

    /** Whether some value is NaN; its group is then the last, {@code count() - 1}. */
    public boolean hasNaN() {
        return hasNaN;
    }

    /**
     * Each group's value, ascending ({@code 0.0} for the group of {@code -0.0}, NaN last); a new
     * array on each call.
     */
    public double[] distinctValues() {
        double[] distinct = new double[count];
        for (int row = 0; row < values.length; row++) {
            distinct[groupOfRow[row]] = values[row] + 0.0;
        }
        return distinct;
    }

    /**
     * A {@code long} whose signed order is the value's {@link Double#compare} order: the IEEE bits
     * order non-negative doubles already, and flipping all but the sign bit reverses the negatives.
     * Adding {@code 0.0} turns {@code -0.0} into {@code 0.0}; {@code doubleToLongBits} makes every
     * NaN the one canonical NaN, above {@code +Infinity}.
     */
    static long orderKey(double value) {
        long bits = Double.doubleToLongBits(value + 0.0);
        return bits ^ ((bits >> 63) & MAGNITUDE_BITS);
    }

    /** Numbers the groups of one run of rows whose keys agreed above the index bits. */
    private static final class RunResolver {

        private final double[] values;
        private final int[] groupOfRow;
        private long[] exact = new long[16];
        private long[] distinct = new long[16];

        RunResolver(double[] values, int[] groupOfRow) {
            this.values = values;
            this.groupOfRow = groupOfRow;
        }

        /** Groups rows {@code keys[start .. end)} from {@code firstGroup} on; returns the next free group. */
        int resolve(long[] keys, int start, int end, long indexMask, int firstGroup) {
            int length = end - start;
            if (exact.length < length) {
                exact = new long[length];
                distinct = new long[length];
            }
            boolean allEqual = true;
            for (int i = 0; i < length; i++) {
                exact[i] = orderKey(values[(int) (keys[start + i] & indexMask)]);
                allEqual &= exact[i] == exact[0];
            }
            if (allEqual) { // ties, the usual reason for a long run: one group, nothing to sort
                for (int i = start; i < end; i++) {
                    groupOfRow[(int) (keys[i] & indexMask)] = firstGroup;
                }
                return firstGroup + 1;
            }
            System.arraycopy(exact, 0, distinct, 0, length);
            Arrays.sort(distinct, 0, length);
            int distinctCount = 0;
            for (int i = 0; i < length; i++) {
                if (i == 0 || distinct[i] != distinct[distinctCount - 1]) {
                    distinct[distinctCount++] = distinct[i];
                }
            }
            for (int i = 0; i < length; i++) {
                int offset = Arrays.binarySearch(distinct, 0, distinctCount, exact[i]);
                groupOfRow[(int) (keys[start + i] & indexMask)] = firstGroup + offset;
            }
            return firstGroup + distinctCount;
        }
    }
}
