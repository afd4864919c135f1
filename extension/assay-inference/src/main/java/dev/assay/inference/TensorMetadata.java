package dev.assay.inference;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * {@code TensorMetadata} is used to describe one input or output a served model declares in its
 * metadata ({@code GET /v2/models/{model}}): its name, {@link Datatype} and shape, where {@code -1}
 * is a dimension of any size (a batch, a sequence length).
 *
 * <pre>{@code
 * TensorMetadata features = new TensorMetadata("features", Datatype.FP32, List.of(-1L, 30L));
 * features.problemWith(tensor);   // null when the tensor fits, else what does not
 * }</pre>
 *
 * @param name     the tensor's name
 * @param datatype its element type
 * @param shape    its dimensions; {@code -1} for any size
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TensorMetadata(String name, Datatype datatype, List<Long> shape) {

    /** Checks and copies the parts. */
    public TensorMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(datatype, "datatype");
        shape = List.copyOf(shape);
    }

    /**
     * What keeps {@code tensor} from being this input, in words, or {@code null} when it fits: another
     * datatype, another rank, or a fixed dimension of another size.
     */
    public String problemWith(Tensor tensor) {
        if (tensor.datatype() != datatype) {
            return "is " + tensor.datatype() + ", but the model expects " + datatype;
        }
        long[] given = tensor.shape();
        if (given.length != shape.size()) {
            return "has rank " + given.length + " (shape " + shapeText(given) + "), but the model expects rank "
                    + shape.size() + " (shape " + shapeText(shape) + ")";
        }
        for (int i = 0; i < given.length; i++) {
            long want = shape.get(i);
            if (want >= 0 && want != given[i]) {
                return "has shape " + shapeText(given) + ", but the model expects " + shapeText(shape)
                        + " (dimension " + i + " must be " + want + ")";
            }
        }
        return null;
    }

    /** {@code features: FP32[-1,30]}, as messages and runtime facts show it. */
    @Override
    public String toString() {
        return name + ": " + datatype + shapeText(shape);
    }

    static String shapeText(long[] shape) {
        return java.util.Arrays.toString(shape).replace(" ", "");
    }

    static String shapeText(List<Long> shape) {
        return shape.toString().replace(" ", "");
    }
}
