package dev.assay.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** Loads one {@link SessionSpec} into a session, checking the file first and measuring the load. */
final class SessionLoader {

    private SessionLoader() {
    }

    static LoadedSession load(SessionSpec spec, Map<String, Object> placementFacts) {
        ModelLocation model = spec.model();
        byte[] resourceBytes = null;
        ModelProto.Facts proto;
        long modelBytes;
        try {
            ByteBuffer bytes;
            if (model.file() != null) {
                // Mapped, not read: ONNX Runtime reads the file itself, we only walk the headers.
                try (FileChannel channel = FileChannel.open(model.file(), StandardOpenOption.READ)) {
                    modelBytes = channel.size();
                    bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, modelBytes);
                }
            } else {
                try (InputStream in = model.open()) {
                    resourceBytes = in.readAllBytes();
                }
                modelBytes = resourceBytes.length;
                bytes = ByteBuffer.wrap(resourceBytes);
            }
            proto = ModelProto.read(bytes);
        } catch (IOException e) {
            throw new OnnxModelException("Configuration error: cannot read ONNX model [" + model.declared() + "]: "
                    + e.getMessage(), e);
        } catch (ModelProto.NotOnnxException e) {
            throw new OnnxModelException("Configuration error: [" + model.declared() + "] is not an ONNX model ("
                    + e.getMessage() + "); point @Onnx at a .onnx file exported with torch.onnx.export, tf2onnx "
                    + "or skl2onnx", e);
        }

        OrtEnvironment env = OrtEnvironment.getEnvironment();
        long start = System.nanoTime();
        OrtSession session;
        try (SessionOptions options = SessionOptionsFactory.create(spec)) {
            session = model.file() != null ? env.createSession(model.file().toString(), options)
                    : env.createSession(resourceBytes, options);
        } catch (OrtException e) {
            throw new OnnxModelException("Configuration error: ONNX Runtime cannot load model [" + model.declared()
                    + "] on " + spec.provider().displayName() + ": " + e.getMessage(), e);
        }
        double loadMs = (System.nanoTime() - start) / 1e6;

        try {
            Map<String, Object> facts = new LinkedHashMap<>(placementFacts);
            facts.put("model_bytes", modelBytes);
            facts.put("parameters", proto.parameters());
            facts.put("load_ms", Math.round(loadMs * 100) / 100.0);
            facts.put("model_path", model.declared());
            facts.put("opset", proto.opset());
            facts.put("ir_version", proto.irVersion());
            facts.put("producer", proto.producer());
            facts.put("inputs", Signatures.describe(session.getInputInfo()));
            facts.put("outputs", Signatures.describe(session.getOutputInfo()));
            facts.put("onnxruntime_version", env.getVersion());
            if (spec.intraOpThreads() > 0) {
                facts.put("intra_op_threads", spec.intraOpThreads());
            }
            facts.put("graph_optimization", spec.optimization().name().toLowerCase(java.util.Locale.ROOT));
            return new LoadedSession(session, Map.copyOf(facts));
        } catch (OrtException | RuntimeException e) {
            closeQuietly(session, e);
            throw new OnnxModelException("Configuration error: ONNX Runtime loaded model [" + model.declared()
                    + "] but cannot describe its inputs and outputs: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(OrtSession session, Exception primary) {
        try {
            session.close();
        } catch (OrtException | RuntimeException suppressed) {
            primary.addSuppressed(suppressed);
        }
    }
}
