package dev.assay.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.secrets.SecretMasker;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.opentest4j.TestAbortedException;

/**
 * Checks, once per server and model for the whole run, that the server is live and ready and the model
 * ready, and reads the model's metadata, so that a wrong URL or model name is one clear configuration
 * error rather than a timeout in every case. In replay (and, for recorded models, auto) mode the
 * metadata comes from the recording instead. The outcome, failure included, is kept, never thrown
 * twice from the network.
 */
final class ModelCheck {

    /** The protocol named in runtime facts. */
    static final String PROTOCOL = "open-inference-protocol/v2";

    /**
     * What the check found: the metadata and runtime facts, or the configuration error every case of the
     * model will fail with. {@code metadata} is {@code null} when nothing could be checked (no token set).
     */
    record Checked(ModelMetadata metadata, Map<String, Object> facts, RuntimeException failure) {
    }

    private ModelCheck() {
    }

    /**
     * @param live   the server, or {@code null} when it cannot be used; then {@code noLive} says why: an abort
     *               (no token) leaves the calls to abort, anything else is the check's failure
     */
    static Checked run(InferenceSpec spec, InferenceSettings s, InferenceMode mode, LiveModel live,
                       Supplier<RuntimeException> noLive, InferenceRecording recording) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("provider", s.name());
        facts.put("provider_model", s.model());
        facts.put("provider_mode", mode.name().toLowerCase(Locale.ROOT));
        facts.put("protocol", PROTOCOL);
        if (s.version() != null) {
            facts.put("model_version", s.version());
        }
        ObjectNode recorded = recording == null ? null : recording.model(s);
        if (mode == InferenceMode.REPLAY || (mode == InferenceMode.AUTO && recorded != null) || (live == null && recorded != null)) {
            if (recorded == null) {
                return failed(facts, "Configuration error: @Inference [" + spec + "] replays, but the recording ["
                        + recording.file() + "] holds no metadata of model [" + s.modelLabel() + "] on server [" + s.name()
                        + "]; record it once with -D" + InferenceSettings.MODE_KEY + "=record against a running server");
            }
            return fromRecording(s, recorded, recording, facts);
        }
        if (live == null) {
            RuntimeException why = noLive.get();
            return new Checked(null, facts, why instanceof TestAbortedException ? null : why);
        }
        return fromServer(spec, s, mode, live, recording, facts);
    }

    private static Checked fromRecording(InferenceSettings s, ObjectNode recorded, InferenceRecording recording, Map<String, Object> facts) {
        try {
            ModelMetadata metadata = WireJson.metadata(recorded.path("metadata").toString());
            JsonNode server = recorded.path("server");
            return new Checked(metadata, withMetadata(facts, metadata, server.path("name").asText(null),
                    server.path("version").asText(null)), null);
        } catch (IOException e) {
            return failed(facts, "Configuration error: the recorded metadata of model [" + s.modelLabel() + "] in ["
                    + recording.file() + "] cannot be read (" + e.getMessage() + "); re-record it with -D"
                    + InferenceSettings.MODE_KEY + "=record");
        }
    }

    private static Checked fromServer(InferenceSpec spec, InferenceSettings s, InferenceMode mode, LiveModel live,
                                      InferenceRecording recording, Map<String, Object> facts) {
        String where = "inference server [" + s.name() + "] at [" + s.baseUrl() + "]";
        String fixServer = "; start it, point [" + InferenceSettings.PREFIX + s.name() + "." + InferenceSettings.BASE_URL
                + "] (or the spec's URL) at it, or run with -D" + InferenceSettings.MODE_KEY + "=replay to use recordings";
        facts.put("base_url", SecretMasker.mask(String.valueOf(s.baseUrl())));
        try {
            LiveModel.Probe alive = live.probe("health/live");
            if (!alive.ok()) {
                return failed(facts, "Configuration error: " + where + " is not live (" + alive.detail() + ") for @Inference ["
                        + spec + "]" + fixServer);
            }
            LiveModel.Probe ready = live.probe("health/ready");
            if (!ready.ok()) {
                return failed(facts, "Configuration error: " + where + " is live but not ready (" + ready.detail()
                        + ") for @Inference [" + spec + "]; wait until its models have loaded, or check its log");
            }
        } catch (InferenceException e) {
            return failed(facts, "Configuration error: " + where + " cannot be reached for @Inference [" + spec + "] ("
                    + e.getMessage() + ")" + fixServer);
        }
        try {
            WireJson.ServerInfo server = live.server();
            LiveModel.Probe modelReady = live.probe(s.modelPath() + "/ready");
            if (!modelReady.ok()) {
                return failed(facts, "Configuration error: model [" + s.modelLabel() + "] is not ready on " + where + " ("
                        + modelReady.detail() + "); check the model's name in @Inference [" + spec
                        + "] against the server's model repository, and that the model has loaded");
            }
            LiveModel.Described described = live.metadata();
            if (recording != null && mode != InferenceMode.LIVE) {
                recording.putModel(s, described.metadata(), server, described.origin());
            }
            return new Checked(described.metadata(), withMetadata(facts, described.metadata(),
                    server == null ? null : server.name(), server == null ? null : server.version()), null);
        } catch (InferenceException e) {
            return failed(facts, "Configuration error: model [" + s.modelLabel() + "] on " + where
                    + " gave no usable metadata for @Inference [" + spec + "] (" + e.getMessage() + ")");
        }
    }

    private static Map<String, Object> withMetadata(Map<String, Object> facts, ModelMetadata m, String serverName, String serverVersion) {
        facts.put("platform", m.platform());
        facts.put("model_versions", m.versions());
        facts.put("inputs", m.inputs().stream().map(TensorMetadata::toString).toList());
        facts.put("outputs", m.outputs().stream().map(TensorMetadata::toString).toList());
        if (serverName != null) {
            facts.put("server_name", serverName);
        }
        if (serverVersion != null) {
            facts.put("server_version", serverVersion);
        }
        return facts;
    }

    private static Checked failed(Map<String, Object> facts, String message) {
        return new Checked(null, facts, new IllegalStateException(SecretMasker.mask(message)));
    }
}
