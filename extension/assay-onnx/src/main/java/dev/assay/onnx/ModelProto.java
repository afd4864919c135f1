package dev.assay.onnx;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads the few facts Assay reports from an ONNX file's protobuf, without the onnx protobuf classes
 * (they are not on users' classpaths): IR version, default-domain opset, producer, graph name and
 * the parameter count, the sum of the elements of the graph's initializers.
 *
 * <p>It walks the wire format with a bounds-checked varint reader and skips tensor payloads, so a
 * 90 MB model costs a few hundred field headers, not a copy.
 */
final class ModelProto {

    /**
     * Facts of one model file.
     *
     * @param irVersion the ONNX IR version
     * @param opset the version of the default ({@code ai.onnx}) operator set; -1 when not declared
     * @param producer the producer name and version, as the exporter wrote them
     * @param graphName the main graph's name
     * @param parameters the sum of the elements of every initializer of the main graph
     * @param initializers how many initializers the main graph has
     */
    record Facts(long irVersion, long opset, String producer, String graphName, long parameters, int initializers) {
    }

    /** Thrown when the bytes are not a protobuf-encoded ONNX model. */
    static final class NotOnnxException extends Exception {
        private static final long serialVersionUID = 1L;

        NotOnnxException(String message) {
            super(message);
        }
    }

    private static final int VARINT = 0;
    private static final int FIXED64 = 1;
    private static final int LENGTH_DELIMITED = 2;
    private static final int FIXED32 = 5;

    private final ByteBuffer buf;

    private ModelProto(ByteBuffer buf) {
        this.buf = buf;
    }

    /** Reads a whole model; {@code bytes} is read from its position to its limit and left unchanged. */
    static Facts read(ByteBuffer bytes) throws NotOnnxException {
        return new ModelProto(bytes.duplicate()).model();
    }

    private Facts model() throws NotOnnxException {
        long irVersion = -1;
        long opset = -1;
        String producerName = "";
        String producerVersion = "";
        Graph graph = null;
        while (buf.hasRemaining()) {
            long tag = varint();
            int field = (int) (tag >>> 3);
            int wire = (int) (tag & 7);
            if (field == 1 && wire == VARINT) {
                irVersion = varint();
            } else if (field == 2 && wire == LENGTH_DELIMITED) {
                producerName = string();
            } else if (field == 3 && wire == LENGTH_DELIMITED) {
                producerVersion = string();
            } else if (field == 7 && wire == LENGTH_DELIMITED) {
                graph = inside(this::graph);
            } else if (field == 8 && wire == LENGTH_DELIMITED) {
                long[] domainAndVersion = inside(this::opsetImport);
                if (domainAndVersion[0] == 0) {
                    opset = domainAndVersion[1];
                }
            } else {
                skip(field, wire);
            }
        }
        if (irVersion <= 0 || graph == null) {
            throw new NotOnnxException("it parses as protobuf but has no " + (irVersion <= 0 ? "ir_version" : "graph"));
        }
        String producer = (producerName + " " + producerVersion).trim();
        return new Facts(irVersion, opset, producer, graph.name, graph.parameters, graph.initializers);
    }

    private static final class Graph {
        String name = "";
        long parameters;
        int initializers;
    }

    private Graph graph() throws NotOnnxException {
        Graph graph = new Graph();
        while (buf.hasRemaining()) {
            long tag = varint();
            int field = (int) (tag >>> 3);
            int wire = (int) (tag & 7);
            if (field == 2 && wire == LENGTH_DELIMITED) {
                graph.name = string();
            } else if (field == 5 && wire == LENGTH_DELIMITED) {
                graph.parameters += inside(this::tensorElements);
                graph.initializers++;
            } else if (field == 15 && wire == LENGTH_DELIMITED) {
                // SparseTensorProto: its stored values (field 1) are the parameters, not the dense size.
                graph.parameters += inside(this::sparseValues);
                graph.initializers++;
            } else {
                skip(field, wire);
            }
        }
        return graph;
    }

    /** TensorProto: the product of its dims (field 1, packed or not); a tensor without dims is a scalar. */
    private Long tensorElements() throws NotOnnxException {
        long elements = 1;
        while (buf.hasRemaining()) {
            long tag = varint();
            int field = (int) (tag >>> 3);
            int wire = (int) (tag & 7);
            if (field == 1 && wire == VARINT) {
                elements = Math.multiplyExact(elements, varint());
            } else if (field == 1 && wire == LENGTH_DELIMITED) {
                int end = limitOf(length());
                while (buf.position() < end) {
                    elements = Math.multiplyExact(elements, varint());
                }
            } else {
                skip(field, wire);
            }
        }
        return elements;
    }

    private Long sparseValues() throws NotOnnxException {
        long values = 0;
        while (buf.hasRemaining()) {
            long tag = varint();
            int field = (int) (tag >>> 3);
            int wire = (int) (tag & 7);
            if (field == 1 && wire == LENGTH_DELIMITED) {
                values = inside(this::tensorElements);
            } else {
                skip(field, wire);
            }
        }
        return values;
    }

    /** OperatorSetIdProto: {@code [0 when the domain is the default one, version]}. */
    private long[] opsetImport() throws NotOnnxException {
        long[] result = {0, -1};
        while (buf.hasRemaining()) {
            long tag = varint();
            int field = (int) (tag >>> 3);
            int wire = (int) (tag & 7);
            if (field == 1 && wire == LENGTH_DELIMITED) {
                String domain = string();
                result[0] = domain.isEmpty() || domain.equals("ai.onnx") ? 0 : 1;
            } else if (field == 2 && wire == VARINT) {
                result[1] = varint();
            } else {
                skip(field, wire);
            }
        }
        return result;
    }

    private interface Body<T> {
        T read() throws NotOnnxException;
    }

    /** Runs {@code body} over the next length-delimited field only, then continues after it. */
    private <T> T inside(Body<T> body) throws NotOnnxException {
        int end = limitOf(length());
        int outerLimit = buf.limit();
        buf.limit(end);
        try {
            return body.read();
        } finally {
            buf.limit(outerLimit);
            buf.position(end);
        }
    }

    private int limitOf(int length) throws NotOnnxException {
        if (length > buf.remaining()) {
            throw new NotOnnxException("a field of " + length + " bytes runs past the end at byte " + buf.position());
        }
        return buf.position() + length;
    }

    private int length() throws NotOnnxException {
        long length = varint();
        if (length < 0 || length > Integer.MAX_VALUE) {
            throw new NotOnnxException("invalid field length " + length + " at byte " + buf.position());
        }
        return (int) length;
    }

    private String string() throws NotOnnxException {
        int end = limitOf(length());
        byte[] bytes = new byte[end - buf.position()];
        buf.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private void skip(int field, int wire) throws NotOnnxException {
        if (field == 0) {
            throw new NotOnnxException("field number 0 at byte " + buf.position());
        }
        switch (wire) {
            case VARINT -> varint();
            case FIXED64 -> buf.position(limitOf(8));
            case LENGTH_DELIMITED -> buf.position(limitOf(length()));
            case FIXED32 -> buf.position(limitOf(4));
            default -> throw new NotOnnxException("wire type " + wire + " (not used by ONNX) at byte " + buf.position());
        }
    }

    private long varint() throws NotOnnxException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (!buf.hasRemaining()) {
                throw new NotOnnxException("truncated varint at byte " + buf.position());
            }
            byte b = buf.get();
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new NotOnnxException("varint longer than 10 bytes at byte " + buf.position());
    }
}
