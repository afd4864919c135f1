package dev.assay.inference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The client a benchmark receives: checks each request against the model's metadata, then answers it
 * from the recording or the server as the mode says, recording what the server answered.
 */
final class RemoteInferenceClient implements InferenceClient {

    private final InferenceSpec spec;
    private final InferenceSettings settings;
    private final InferenceMode mode;
    private final ModelMetadata metadata;
    private final InferenceRecording recording;
    private final LiveModel live;
    private final Supplier<RuntimeException> noLive;

    /**
     * @param metadata the checked metadata, or {@code null} when it could not be read (no token): then calls need the server
     * @param live     the server, or {@code null} when it cannot be used: then {@code noLive} says why
     */
    RemoteInferenceClient(InferenceSpec spec, InferenceSettings settings, InferenceMode mode, ModelMetadata metadata,
                          InferenceRecording recording, LiveModel live, Supplier<RuntimeException> noLive) {
        this.spec = spec;
        this.settings = settings;
        this.mode = mode;
        this.metadata = metadata;
        this.recording = recording;
        this.live = live;
        this.noLive = noLive;
    }

    @Override
    public InferenceResponse infer(List<Tensor> inputs) {
        if (metadata == null) {
            throw noLive.get();
        }
        check(inputs);
        String request = WireJson.request(inputs);
        if (mode == InferenceMode.LIVE) {
            return callLive(request).response();
        }
        String key = InferenceRecording.key(settings, request);
        if (mode != InferenceMode.RECORD) {
            ObjectNode hit = recording.find(key);
            if (hit != null) {
                try {
                    return InferenceRecording.replay(hit);
                } catch (IOException e) {
                    throw new InferenceException("[" + settings.name() + ": " + settings.modelLabel() + "] recorded response " + key
                            + " in [" + recording.file() + "] cannot be read (" + e.getMessage() + "); re-record it",
                            InferenceException.Status.UNPARSEABLE, 0, false, -1, -1, e);
                }
            }
            if (mode == InferenceMode.REPLAY) {
                throw new InferenceException("[" + settings.name() + ": " + settings.modelLabel() + "] replay miss: request " + key
                        + " with inputs " + inputs + " is not in recording [" + recording.file() + "]; record it with -D"
                        + InferenceSettings.MODE_KEY + "=record (or auto)", InferenceException.Status.ERROR, 0, false, -1, -1, null);
            }
        }
        LiveModel.Answered answered = callLive(request);
        recording.put(key, inputs, answered.response(), answered.origin());
        return answered.response();
    }

    /** Every input is one the model declares, of its datatype, rank and fixed dimensions, and named once. */
    private void check(List<Tensor> inputs) {
        if (inputs.isEmpty()) {
            throw new InferenceInputException("Configuration error: infer() on model [" + settings.modelLabel() + "] got no inputs; "
                    + "the model's inputs are " + metadata.inputs());
        }
        Set<String> seen = new HashSet<>();
        for (Tensor t : inputs) {
            if (!seen.add(t.name())) {
                throw new InferenceInputException("Configuration error: infer() on model [" + settings.modelLabel()
                        + "] got the input [" + t.name() + "] twice; pass each input once");
            }
            TensorMetadata declared = metadata.input(t.name()).orElseThrow(() -> new InferenceInputException(
                    "Configuration error: [" + t.name() + "] is not an input of model [" + settings.modelLabel() + "] on server ["
                            + settings.name() + "]; its inputs are " + metadata.inputs() + "; name the tensor after one of them"));
            String problem = declared.problemWith(t);
            if (problem != null) {
                throw new InferenceInputException("Configuration error: input [" + t.name() + "] of model [" + settings.modelLabel()
                        + "] " + problem + "; build it as " + declared + " (-1 is any size)");
            }
        }
    }

    private LiveModel.Answered callLive(String request) {
        if (live == null) {
            throw noLive.get();
        }
        return live.infer(request);
    }

    @Override
    public ModelMetadata metadata() {
        if (metadata == null) {
            throw noLive.get();
        }
        return metadata;
    }

    @Override
    public String spec() {
        return spec.toString();
    }
}
