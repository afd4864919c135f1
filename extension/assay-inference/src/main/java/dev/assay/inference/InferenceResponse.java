package dev.assay.inference;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.assay.api.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code InferenceResponse} is used to read what a served model answered: its named, typed and shaped
 * outputs, which model and version answered, and how the call went (latency of the whole exchange,
 * attempts, whether it was replayed from a recording).
 *
 * <pre>{@code
 * InferenceResponse r = model.infer(Tensor.of("features", Datatype.FP32, List.of(c.input("features"))));
 * r.recordTo(out);                                        // latency and attempts
 * double[] p = r.output("probabilities").doubles();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InferenceResponse {

    private final String model;
    private final String modelVersion;
    private final Map<String, Tensor> outputs;
    private final double latencyMs;
    private final int attempts;
    private final boolean replayed;

    InferenceResponse(String model, String modelVersion, List<Tensor> outputs, double latencyMs, int attempts, boolean replayed) {
        this.model = model;
        this.modelVersion = modelVersion;
        Map<String, Tensor> byName = new LinkedHashMap<>();
        outputs.forEach(t -> byName.put(t.name(), t));
        this.outputs = java.util.Collections.unmodifiableMap(byName);
        this.latencyMs = latencyMs;
        this.attempts = attempts;
        this.replayed = replayed;
    }

    /** The model that answered, as the server names it. */
    public String model() {
        return model;
    }

    /** The version that answered, or {@code null} when the server did not say. */
    public String modelVersion() {
        return modelVersion;
    }

    /** Every output by name, in the order the server sent them. */
    public Map<String, Tensor> outputs() {
        return outputs;
    }

    /**
     * One output.
     *
     * @throws IllegalArgumentException naming the outputs there are, when there is none of that name
     */
    public Tensor output(String name) {
        Tensor t = outputs.get(name);
        if (t == null) {
            throw new IllegalArgumentException("Model [" + model + "] answered no output [" + name + "]; it answered "
                    + outputs.values());
        }
        return t;
    }

    /** Milliseconds from sending the request to the last byte of the reply (the recorded value when replayed). */
    public double latencyMs() {
        return latencyMs;
    }

    /** How many attempts the call took (1 when the first succeeded; 1 when replayed). */
    public int attempts() {
        return attempts;
    }

    /** Whether the reply came from a recording instead of the server. */
    public boolean replayed() {
        return replayed;
    }

    /** Copies latency and attempts into the case's outcome. */
    public InferenceResponse recordTo(Outcome out) {
        out.latencyMs(latencyMs);
        out.attempts(attempts);
        return this;
    }

    InferenceResponse withAttempts(int n) {
        return new InferenceResponse(model, modelVersion, List.copyOf(outputs.values()), latencyMs, n, replayed);
    }
}
