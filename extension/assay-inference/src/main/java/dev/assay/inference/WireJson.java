package dev.assay.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Open Inference Protocol's JSON, as the client writes and reads it: inference requests and
 * responses, model and server metadata, and error bodies ({@code {"error": "…"}}). Tensor data is
 * written flat in row-major order and read flat or nested, as the protocol allows both.
 */
final class WireJson {

    static final ObjectMapper JSON = new ObjectMapper();

    /** What {@code GET /v2} says about the server. */
    record ServerInfo(String name, String version, List<String> extensions) {
    }

    /** A parsed inference response. */
    record Outputs(String model, String modelVersion, List<Tensor> tensors) {
    }

    private WireJson() {
    }

    static String request(List<Tensor> inputs) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("inputs");
        inputs.forEach(t -> list.add(tensor(t)));
        return root.toString();
    }

    static ObjectNode tensor(Tensor t) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", t.name());
        n.put("datatype", t.datatype().name());
        ArrayNode shape = n.putArray("shape");
        for (long d : t.shape()) {
            shape.add(d);
        }
        ArrayNode data = n.putArray("data");
        switch (t.datatype().kind()) {
            case FLOATING:
                // FP32 written as the float's shortest text, which a server parses back to the same float.
                if (t.datatype() == Datatype.FP64) {
                    for (double v : t.doubles()) {
                        data.add(v);
                    }
                } else {
                    for (float v : t.floats()) {
                        data.add(v);
                    }
                }
                break;
            case INTEGER:
                for (long v : t.longs()) {
                    data.add(v);
                }
                break;
            case BOOLEAN:
                for (boolean v : t.booleans()) {
                    data.add(v);
                }
                break;
            default:
                t.strings().forEach(data::add);
        }
        return n;
    }

    static Outputs response(String body) throws IOException {
        JsonNode root = object(body);
        JsonNode outputs = root.get("outputs");
        if (outputs == null || !outputs.isArray()) {
            throw new IOException("no [outputs] array");
        }
        List<Tensor> tensors = new ArrayList<>();
        for (JsonNode o : outputs) {
            tensors.add(tensor(o));
        }
        return new Outputs(root.path("model_name").asText(null), root.path("model_version").asText(null), tensors);
    }

    static Tensor tensor(JsonNode n) throws IOException {
        String name = n.path("name").asText(null);
        if (name == null || !n.path("datatype").isTextual() || !n.path("shape").isArray()) {
            throw new IOException("a tensor without [name], [datatype] or [shape]: " + abbreviate(n.toString()));
        }
        if (!n.path("data").isArray()) {
            throw new IOException("tensor [" + name + "] has no [data] array (binary tensor data is not read)");
        }
        try {
            Datatype datatype = Datatype.parse(n.get("datatype").asText());
            List<Object> flat = new ArrayList<>();
            flatten(n.get("data"), flat);
            return Tensor.of(name, datatype, shape(n.get("shape")), flat);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    static ModelMetadata metadata(String body) throws IOException {
        JsonNode root = object(body);
        if (!root.path("name").isTextual() || !root.path("inputs").isArray() || !root.path("outputs").isArray()) {
            throw new IOException("model metadata needs [name], [inputs] and [outputs]");
        }
        List<String> versions = new ArrayList<>();
        root.path("versions").forEach(v -> versions.add(v.asText()));
        return new ModelMetadata(root.get("name").asText(), versions, root.path("platform").asText(""),
                tensorMetadata(root.get("inputs")), tensorMetadata(root.get("outputs")));
    }

    static ServerInfo server(String body) throws IOException {
        JsonNode root = object(body);
        List<String> extensions = new ArrayList<>();
        root.path("extensions").forEach(e -> extensions.add(e.asText()));
        return new ServerInfo(root.path("name").asText(null), root.path("version").asText(null), extensions);
    }

    /** The server's error message from {@code {"error": "…"}}, else the body as it is. */
    static String errorText(String body) {
        if (body == null) {
            return "";
        }
        try {
            JsonNode n = JSON.readTree(body);
            if (n != null && n.path("error").isTextual()) {
                return n.get("error").asText();
            }
        } catch (IOException notJson) {
            // fall through: the body itself says what went wrong
        }
        return body.strip();
    }

    private static List<TensorMetadata> tensorMetadata(JsonNode list) throws IOException {
        List<TensorMetadata> out = new ArrayList<>();
        for (JsonNode n : list) {
            if (!n.path("name").isTextual() || !n.path("datatype").isTextual() || !n.path("shape").isArray()) {
                throw new IOException("tensor metadata without [name], [datatype] or [shape]: " + abbreviate(n.toString()));
            }
            List<Long> shape = new ArrayList<>();
            n.get("shape").forEach(d -> shape.add(d.asLong()));
            try {
                out.add(new TensorMetadata(n.get("name").asText(), Datatype.parse(n.get("datatype").asText()), shape));
            } catch (IllegalArgumentException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return out;
    }

    private static long[] shape(JsonNode shape) throws IOException {
        long[] out = new long[shape.size()];
        for (int i = 0; i < out.length; i++) {
            if (!shape.get(i).canConvertToLong()) {
                throw new IOException("shape " + shape + " is not a list of whole numbers");
            }
            out[i] = shape.get(i).asLong();
        }
        return out;
    }

    private static void flatten(JsonNode node, List<Object> out) {
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out));
        } else if (node.isNumber()) {
            out.add(node.numberValue());
        } else if (node.isBoolean()) {
            out.add(node.booleanValue());
        } else {
            out.add(node.asText());
        }
    }

    private static JsonNode object(String body) throws IOException {
        JsonNode root = JSON.readTree(body == null ? "" : body);
        if (root == null || !root.isObject()) {
            throw new IOException("not a JSON object");
        }
        return root;
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
