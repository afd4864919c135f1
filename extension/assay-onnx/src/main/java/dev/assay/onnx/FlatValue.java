package dev.assay.onnx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Java value (case field, array, nested lists) flattened to row-major leaves and a shape, checked
 * to be rectangular, before it becomes a tensor of the model's element type.
 *
 * <p>Exactly one of {@code floats}, {@code longs}, {@code doubles} or {@code texts} is set:
 * {@code float[]}/{@code long[]} values keep their arrays (no copy in the common case), integral JSON
 * numbers become {@code longs} (ids stay exact past 2^53), other numbers {@code doubles}.
 */
final class FlatValue {

    final long[] shape;
    final float[] floats;
    final long[] longs;
    final double[] doubles;
    final String[] texts;

    private FlatValue(long[] shape, float[] floats, long[] longs, double[] doubles, String[] texts) {
        this.shape = shape;
        this.floats = floats;
        this.longs = longs;
        this.doubles = doubles;
        this.texts = texts;
    }

    int size() {
        return floats != null ? floats.length : longs != null ? longs.length
                : doubles != null ? doubles.length : texts.length;
    }

    boolean isText() {
        return texts != null;
    }

    /** Row-major int64 values with their shape, taken as they are (no copy). */
    static FlatValue ofLongs(long[] values, long[] shape) {
        return new FlatValue(shape, null, values, null, null);
    }

    /** Flattens one value; {@code what} names it in messages. */
    static FlatValue of(Object value, String what) {
        if (value instanceof float[] a) {
            return new FlatValue(new long[] {a.length}, a, null, null, null);
        }
        if (value instanceof long[] a) {
            return new FlatValue(new long[] {a.length}, null, a, null, null);
        }
        if (value instanceof double[] a) {
            return new FlatValue(new long[] {a.length}, null, null, a, null);
        }
        if (value instanceof int[] a) {
            return new FlatValue(new long[] {a.length}, null, Arrays.stream(a).asLongStream().toArray(), null, null);
        }
        List<Object> leaves = new ArrayList<>();
        List<Long> shape = new ArrayList<>();
        collect(value, 0, shape, leaves, what, new ArrayList<>());
        long[] dims = shape.stream().mapToLong(Long::longValue).toArray();
        return fromLeaves(dims, leaves, what);
    }

    /** Stacks rows (one per case) along a new first dimension. */
    static FlatValue stack(List<?> rows, String what) {
        if (rows.isEmpty()) {
            throw new OnnxInputException(what + " has no rows; a batch needs at least one case");
        }
        List<FlatValue> flats = new ArrayList<>(rows.size());
        for (Object row : rows) {
            flats.add(of(row, what));
        }
        FlatValue first = flats.get(0);
        for (int r = 1; r < flats.size(); r++) {
            if (!Arrays.equals(flats.get(r).shape, first.shape)) {
                throw new OnnxInputException(what + " row " + r + " has shape " + Arrays.toString(flats.get(r).shape)
                        + " but row 0 has " + Arrays.toString(first.shape) + "; rows of a batch must have one shape"
                        + " (pad token ids with OnnxTokenizer.encode(List))");
            }
        }
        long[] shape = new long[first.shape.length + 1];
        shape[0] = rows.size();
        System.arraycopy(first.shape, 0, shape, 1, first.shape.length);
        List<Object> leaves = new ArrayList<>(rows.size() * Math.max(1, first.size()));
        for (FlatValue f : flats) {
            f.addLeavesTo(leaves);
        }
        return fromLeaves(shape, leaves, what);
    }

    private void addLeavesTo(List<Object> leaves) {
        if (floats != null) {
            for (float v : floats) {
                leaves.add(v);
            }
        } else if (longs != null) {
            for (long v : longs) {
                leaves.add(v);
            }
        } else if (doubles != null) {
            for (double v : doubles) {
                leaves.add(v);
            }
        } else {
            leaves.addAll(Arrays.asList(texts));
        }
    }

    /** Walks nested lists depth first; the first leaf fixes the rank, later elements must agree. */
    private static void collect(Object value, int depth, List<Long> shape, List<Object> leaves, String what,
                                List<Integer> path) {
        List<?> items = asList(value);
        boolean rankFixed = !leaves.isEmpty();
        if (items == null) {
            if (depth != shape.size()) {
                throw ragged(what, path, shape);
            }
            if (value == null) {
                throw new OnnxInputException(what + " holds null at " + path + "; every element needs a value");
            }
            if (!(value instanceof Number) && !(value instanceof CharSequence)) {
                throw new OnnxInputException(what + " holds a " + value.getClass().getSimpleName() + " at " + path
                        + "; use numbers, text, arrays or lists of them");
            }
            leaves.add(value);
            return;
        }
        if (depth == shape.size()) {
            if (rankFixed) {
                throw ragged(what, path, shape);
            }
            shape.add((long) items.size());
        } else if (shape.get(depth) != items.size()) {
            throw ragged(what, path, shape);
        }
        for (int i = 0; i < items.size(); i++) {
            path.add(i);
            collect(items.get(i), depth + 1, shape, leaves, what, path);
            path.remove(path.size() - 1);
        }
    }

    private static OnnxInputException ragged(String what, List<Integer> path, List<Long> shape) {
        return new OnnxInputException(what + " is ragged at " + path + ": its sizes differ from the shape " + shape
                + " seen so far; every row must have the same length");
    }

    private static List<?> asList(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        if (value instanceof float[] || value instanceof double[] || value instanceof long[] || value instanceof int[]) {
            return of(value, "").asLeafList();
        }
        return null;
    }

    private List<Object> asLeafList() {
        List<Object> leaves = new ArrayList<>();
        addLeavesTo(leaves);
        return leaves;
    }

    private static FlatValue fromLeaves(long[] shape, List<Object> leaves, String what) {
        boolean anyText = false;
        boolean anyNumber = false;
        boolean allIntegral = true;
        for (Object leaf : leaves) {
            if (leaf instanceof CharSequence) {
                anyText = true;
            } else {
                anyNumber = true;
                if (!(leaf instanceof Long || leaf instanceof Integer || leaf instanceof Short || leaf instanceof Byte)) {
                    allIntegral = false;
                }
            }
        }
        if (anyText && anyNumber) {
            throw new OnnxInputException(what + " mixes text and numbers; a tensor holds one element type");
        }
        int n = leaves.size();
        if (anyText) {
            String[] texts = new String[n];
            for (int i = 0; i < n; i++) {
                texts[i] = leaves.get(i).toString();
            }
            return new FlatValue(shape, null, null, null, texts);
        }
        if (allIntegral) {
            long[] longs = new long[n];
            for (int i = 0; i < n; i++) {
                longs[i] = ((Number) leaves.get(i)).longValue();
            }
            return new FlatValue(shape, null, longs, null, null);
        }
        double[] doubles = new double[n];
        for (int i = 0; i < n; i++) {
            doubles[i] = ((Number) leaves.get(i)).doubleValue();
        }
        return new FlatValue(shape, null, null, doubles, null);
    }
}
