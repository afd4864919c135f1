package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * {@code StoredBaseline} is used to keep a benchmark's results in the repository
 * ({@code fixtures/baselines/NAME.json}) so later runs compare against them: per model, the task,
 * every metric with its interval and, optionally, each case's id, round, status, expected value,
 * prediction and probabilities — enough to rebuild the case records and run paired tests.
 *
 * <pre>{@code
 * StoredBaseline stored = StoredBaseline.read(path);
 * List<CaseRecord> records = stored.models.get("ridge").records("resume-scoring", "ridge");
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"benchmark", "run", "models"})
@API(status = INTERNAL, since = "0.1")
public final class StoredBaseline {

    /** The benchmark's name. */
    @JsonProperty("benchmark")
    public String benchmark;

    /** The run each model was last stored from, by model. */
    @JsonProperty("run")
    public Map<String, String> run = new TreeMap<>();

    /** Models by name, sorted so the file diffs well. */
    @JsonProperty("models")
    public Map<String, Model> models = new TreeMap<>();

    /** One model's stored results. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"task", "n", "n_ok", "metrics", "cases"})
    public static final class Model {
        /** The task's wire name. */
        @JsonProperty("task")
        public String task;
        /** Records (cases × rounds). */
        @JsonProperty("n")
        public int n;
        /** Records whose status was ok. */
        @JsonProperty("n_ok")
        public int nOk;
        /** Metric name → estimate, as the summary had them. */
        @JsonProperty("metrics")
        public Map<String, Summary.Estimate> metrics = new LinkedHashMap<>();
        /** Per-case results, or null when the baseline keeps metrics only. */
        @JsonProperty("cases")
        public List<StoredCase> cases;

        /** The stored cases as case records of {@code model}, for the paired tests. */
        public List<CaseRecord> records(String benchmarkName, String model) {
            List<CaseRecord> out = new ArrayList<>();
            for (StoredCase c : cases == null ? List.<StoredCase>of() : cases) {
                out.add(new CaseRecord("stored", benchmarkName, model, c.caseId(), c.round(), task, c.status(),
                        c.expected(), c.predicted(), c.probabilities(), null, null, null, null, null, null, Map.of(),
                        Map.of()));
            }
            return out;
        }
    }

    /**
     * One stored case.
     *
     * @param caseId the case's id
     * @param round the round, from 0
     * @param status the case's status
     * @param expected the expected value
     * @param predicted the prediction, or null
     * @param probabilities label probabilities, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"case", "round", "status", "expected", "predicted", "probabilities"})
    public record StoredCase(@JsonProperty("case") String caseId, @JsonProperty("round") int round,
                             @JsonProperty("status") String status, @JsonProperty("expected") Object expected,
                             @JsonProperty("predicted") Object predicted,
                             @JsonProperty("probabilities") Map<String, Double> probabilities) {

        /** The stored form of a record. */
        public static StoredCase of(CaseRecord r) {
            return new StoredCase(r.caseId(), r.round(), r.status(), r.expected(), r.predicted(), r.probabilities());
        }
    }

    /** Reads a stored baseline. */
    public static StoredBaseline read(Path file) {
        try {
            return Json.MAPPER.readValue(file.toFile(), StoredBaseline.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored baseline [" + file + "]: " + e.getMessage()
                    + "; fix the file or rewrite it with assay.baseline.update=true", e);
        }
    }

    /** Writes the baseline through a temporary file, so a reader never sees half of it. */
    public void write(Path file) {
        AtomicFiles.writeJson(file, this);
    }
}
