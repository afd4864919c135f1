package dev.assay.inference;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * {@code Datatype} is used to name a tensor's element type as the Open Inference Protocol spells it
 * ({@code FP32}, {@code INT64}, {@code BOOL}, {@code BYTES}, …), in requests, responses and model
 * metadata.
 *
 * <pre>{@code
 * Tensor t = Tensor.of("features", Datatype.FP32, List.of(c.input("features")));   // shape [1, 30]
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Datatype {
    /** Booleans, as JSON {@code true}/{@code false}. */
    BOOL(Kind.BOOLEAN),
    /** Unsigned 8-bit integers. */
    UINT8(Kind.INTEGER),
    /** Unsigned 16-bit integers. */
    UINT16(Kind.INTEGER),
    /** Unsigned 32-bit integers. */
    UINT32(Kind.INTEGER),
    /** Unsigned 64-bit integers (held as Java longs). */
    UINT64(Kind.INTEGER),
    /** Signed 8-bit integers. */
    INT8(Kind.INTEGER),
    /** Signed 16-bit integers. */
    INT16(Kind.INTEGER),
    /** Signed 32-bit integers. */
    INT32(Kind.INTEGER),
    /** Signed 64-bit integers. */
    INT64(Kind.INTEGER),
    /** Half-precision floats (held as doubles rounded to float). */
    FP16(Kind.FLOATING),
    /** Brain floats (held as doubles rounded to float); Triton accepts them only in binary form, never in JSON. */
    BF16(Kind.FLOATING),
    /** Single-precision floats (held as doubles rounded to float, so they equal ONNX Runtime's widened floats). */
    FP32(Kind.FLOATING),
    /** Double-precision floats. */
    FP64(Kind.FLOATING),
    /** Byte strings; in the JSON protocol, text. */
    BYTES(Kind.TEXT);

    /** How the elements of a datatype are held in a {@link Tensor}. */
    enum Kind {
        BOOLEAN, INTEGER, FLOATING, TEXT
    }

    private final Kind kind;

    Datatype(Kind kind) {
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    /** Whether the elements are numbers ({@link Tensor#doubles()} reads them). */
    public boolean isNumeric() {
        return kind == Kind.INTEGER || kind == Kind.FLOATING;
    }

    /**
     * The datatype a protocol message names; case-insensitive, so {@code fp32} reads as {@link #FP32}.
     *
     * @throws IllegalArgumentException naming the value and the datatypes there are
     */
    public static Datatype parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Datatype [" + value + "] is not one of the Open Inference Protocol's "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ", "[", "]")), e);
        }
    }
}
