package dev.assay.inference;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * {@code Tensor} is used to hold one named input or output of a model served over the Open Inference
 * Protocol: its {@link Datatype}, its shape, and its elements in row-major order, as the protocol's
 * JSON form carries them ({@code {"name", "datatype", "shape", "data"}}).
 *
 * <p>Elements are held by kind: floating types as doubles ({@code FP32} and {@code FP16} rounded to
 * float, so an {@code FP32} value equals ONNX Runtime's float widened to double), integer types as
 * longs, {@code BOOL} as booleans, {@code BYTES} as text. Instances are immutable.
 *
 * <pre>{@code
 * Tensor features = Tensor.of("features", Datatype.FP32, List.of(c.input("features")));   // shape [1, 30]
 * Tensor ids = Tensor.int64("input_ids", new long[] {1, 3}, 101, 2023, 102);
 * double[] p = response.output("probabilities").doubles();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Tensor {

    private final String name;
    private final Datatype datatype;
    private final long[] shape;
    // One of double[], long[], boolean[], String[], by datatype.kind(); never exposed, only copied.
    private final Object values;

    private Tensor(String name, Datatype datatype, long[] shape, Object values) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A tensor needs a name");
        }
        this.name = name;
        this.datatype = Objects.requireNonNull(datatype, "datatype");
        this.shape = shape.clone();
        this.values = values;
        long elements = elements(this.shape);
        if (elements != java.lang.reflect.Array.getLength(values)) {
            throw new IllegalArgumentException("Tensor [" + name + "] has shape " + Arrays.toString(shape) + ", which holds "
                    + elements + " elements, but " + java.lang.reflect.Array.getLength(values) + " were given");
        }
    }

    /** An {@code FP32} tensor. */
    public static Tensor fp32(String name, long[] shape, float... values) {
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = values[i];
        }
        return new Tensor(name, Datatype.FP32, shape, d);
    }

    /** An {@code FP64} tensor. */
    public static Tensor fp64(String name, long[] shape, double... values) {
        return new Tensor(name, Datatype.FP64, shape, values.clone());
    }

    /** An {@code INT64} tensor. */
    public static Tensor int64(String name, long[] shape, long... values) {
        return new Tensor(name, Datatype.INT64, shape, values.clone());
    }

    /** An {@code INT32} tensor. */
    public static Tensor int32(String name, long[] shape, int... values) {
        return new Tensor(name, Datatype.INT32, shape, Arrays.stream(values).asLongStream().toArray());
    }

    /** A {@code BOOL} tensor. */
    public static Tensor bool(String name, long[] shape, boolean... values) {
        return new Tensor(name, Datatype.BOOL, shape, values.clone());
    }

    /** A {@code BYTES} tensor of texts. */
    public static Tensor bytes(String name, long[] shape, String... values) {
        return new Tensor(name, Datatype.BYTES, shape, values.clone());
    }

    /**
     * A tensor whose shape is the nesting of {@code values}: a list of 30 numbers has shape {@code [30]},
     * a list holding that list {@code [1, 30]} (one case of a batch). Elements are numbers, booleans or
     * texts as read from a case field, converted to {@code datatype}.
     *
     * @throws IllegalArgumentException when the lists are ragged or an element does not fit the datatype
     */
    public static Tensor of(String name, Datatype datatype, List<?> values) {
        List<Long> shape = new ArrayList<>();
        Object level = values;
        while (level instanceof List<?> l) {
            shape.add((long) l.size());
            level = l.isEmpty() ? null : l.get(0);
        }
        List<Object> flat = new ArrayList<>();
        flatten(name, values, shape, 0, flat);
        return of(name, datatype, shape.stream().mapToLong(Long::longValue).toArray(), flat);
    }

    /**
     * A tensor of the given shape from elements in row-major order (numbers, booleans or texts, converted to
     * {@code datatype}).
     *
     * @throws IllegalArgumentException when the count does not fit the shape or an element does not fit the datatype
     */
    public static Tensor of(String name, Datatype datatype, long[] shape, List<?> flat) {
        Object values;
        switch (datatype.kind()) {
            case FLOATING: {
                double[] d = new double[flat.size()];
                for (int i = 0; i < d.length; i++) {
                    d[i] = round(datatype, number(name, datatype, flat.get(i)).doubleValue());
                }
                values = d;
                break;
            }
            case INTEGER: {
                long[] l = new long[flat.size()];
                for (int i = 0; i < l.length; i++) {
                    Number n = number(name, datatype, flat.get(i));
                    double d = n.doubleValue();
                    if (!(n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte)
                            && (d != Math.rint(d) || Double.isInfinite(d))) {
                        throw new IllegalArgumentException("Tensor [" + name + "] is " + datatype + ", but element " + i
                                + " is [" + n + "], which is not a whole number");
                    }
                    l[i] = n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
                            ? n.longValue() : (long) d;
                }
                values = l;
                break;
            }
            case BOOLEAN: {
                boolean[] b = new boolean[flat.size()];
                for (int i = 0; i < b.length; i++) {
                    if (!(flat.get(i) instanceof Boolean v)) {
                        throw new IllegalArgumentException("Tensor [" + name + "] is BOOL, but element " + i + " is ["
                                + flat.get(i) + "]; give true or false");
                    }
                    b[i] = v;
                }
                values = b;
                break;
            }
            default: {
                String[] s = new String[flat.size()];
                for (int i = 0; i < s.length; i++) {
                    if (!(flat.get(i) instanceof String v)) {
                        throw new IllegalArgumentException("Tensor [" + name + "] is BYTES, but element " + i + " is ["
                                + flat.get(i) + "]; give text");
                    }
                    s[i] = v;
                }
                values = s;
            }
        }
        return new Tensor(name, datatype, shape, values);
    }

    /** The tensor's name. */
    public String name() {
        return name;
    }

    /** The element type. */
    public Datatype datatype() {
        return datatype;
    }

    /** The shape (a copy). */
    public long[] shape() {
        return shape.clone();
    }

    /** How many elements the tensor holds. */
    public int size() {
        return java.lang.reflect.Array.getLength(values);
    }

    /** The elements of a numeric tensor as doubles, row-major. */
    public double[] doubles() {
        if (values instanceof double[] d) {
            return d.clone();
        }
        if (values instanceof long[] l) {
            return Arrays.stream(l).asDoubleStream().toArray();
        }
        throw notA("numbers", "doubles()");
    }

    /** The elements of an integer tensor, row-major. */
    public long[] longs() {
        if (values instanceof long[] l) {
            return l.clone();
        }
        throw notA("integers", "longs()");
    }

    /** The elements of a floating tensor as floats, row-major. */
    public float[] floats() {
        if (values instanceof double[] d) {
            float[] f = new float[d.length];
            for (int i = 0; i < d.length; i++) {
                f[i] = (float) d[i];
            }
            return f;
        }
        throw notA("floating-point numbers", "floats()");
    }

    /** The elements of a {@code BOOL} tensor, row-major. */
    public boolean[] booleans() {
        if (values instanceof boolean[] b) {
            return b.clone();
        }
        throw notA("booleans", "booleans()");
    }

    /** The elements of a {@code BYTES} tensor as texts, row-major. */
    public List<String> strings() {
        if (values instanceof String[] s) {
            return List.of(s);
        }
        throw notA("texts", "strings()");
    }

    /**
     * The rows of a numeric tensor of rank 2 ({@code [N, K]}: N rows of K), or of rank 1 as N rows of one:
     * a batch's per-case outputs.
     */
    public double[][] rows() {
        double[] all = doubles();
        if (shape.length > 2 || shape.length == 0) {
            throw new IllegalStateException("Tensor [" + name + "] has shape " + Arrays.toString(shape)
                    + "; rows() reads rank 1 or 2");
        }
        int n = (int) shape[0];
        int k = shape.length == 2 ? (int) shape[1] : 1;
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = Arrays.copyOfRange(all, i * k, (i + 1) * k);
        }
        return rows;
    }

    /** The elements as JSON-ready Java values (Double, Long, Boolean or String), row-major. */
    public List<Object> values() {
        List<Object> out = new ArrayList<>(size());
        if (values instanceof double[] d) {
            Arrays.stream(d).forEach(out::add);
        } else if (values instanceof long[] l) {
            Arrays.stream(l).forEach(out::add);
        } else if (values instanceof boolean[] b) {
            for (boolean v : b) {
                out.add(v);
            }
        } else {
            out.addAll(List.of((String[]) values));
        }
        return out;
    }

    /** {@code features: FP32[1,30]}, as messages show it. */
    @Override
    public String toString() {
        return name + ": " + datatype + Arrays.toString(shape).replace(" ", "");
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Tensor t)) {
            return false;
        }
        return name.equals(t.name) && datatype == t.datatype && Arrays.equals(shape, t.shape)
                && Arrays.deepEquals(new Object[] {values}, new Object[] {t.values});
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, datatype, Arrays.hashCode(shape), Arrays.deepHashCode(new Object[] {values}));
    }

    static long elements(long[] shape) {
        long n = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("A tensor's shape has no unknown dimensions; got " + Arrays.toString(shape));
            }
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    private IllegalStateException notA(String what, String method) {
        return new IllegalStateException("Tensor [" + this + "] does not hold " + what + "; " + method
                + " reads only those (use " + (datatype == Datatype.BYTES ? "strings()" : datatype == Datatype.BOOL
                ? "booleans()" : "doubles()") + ")");
    }

    private static double round(Datatype datatype, double value) {
        // FP32 and narrower arrive as the decimal text of a float: held as that float, widened, they equal
        // what an in-process runtime returns for the same model, bit for bit.
        return datatype == Datatype.FP64 ? value : (double) (float) value;
    }

    private static Number number(String name, Datatype datatype, Object value) {
        if (value instanceof Number n) {
            return n;
        }
        throw new IllegalArgumentException("Tensor [" + name + "] is " + datatype + ", but element [" + value
                + "] is not a number");
    }

    private static void flatten(String name, Object value, List<Long> shape, int depth, List<Object> out) {
        if (depth == shape.size()) {
            if (value instanceof List<?>) {
                throw ragged(name, shape);
            }
            out.add(value);
            return;
        }
        if (!(value instanceof List<?> l) || l.size() != shape.get(depth)) {
            throw ragged(name, shape);
        }
        for (Object v : l) {
            flatten(name, v, shape, depth + 1, out);
        }
    }

    private static IllegalArgumentException ragged(String name, List<Long> shape) {
        return new IllegalArgumentException("Tensor [" + name + "] is given as nested lists that are not all of shape "
                + shape + " (ragged); every row of a tensor has the same length");
    }
}
