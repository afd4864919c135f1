package dev.assay.llm.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.report.AtomicFiles;
import dev.assay.llm.ChatClient;
import dev.assay.llm.ChatMessage;
import dev.assay.llm.ChatOptions;
import dev.assay.llm.ChatRequest;
import dev.assay.llm.judge.Judge;
import dev.assay.llm.judge.JudgeVerdict;
import dev.assay.llm.judge.Rubric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * {@code CaseGenerator} is used to build a benchmark dataset with models, as the generator/validator
 * pipeline of the seed material does: a generator model writes candidate cases (one JSON object per
 * call, a prompt and its golden answer), a validator model scores each candidate 0–5 against a
 * rubric, and the candidates scoring at or above the threshold are written as a JSONL dataset that
 * {@code @CaseSource} reads. Rejected candidates go to a {@code .rejected.jsonl} file beside it with
 * their score and reason, so the pipeline's yield can be inspected.
 *
 * <pre>{@code
 * try (ChatClient generator = ChatClients.builder("groq:llama-3.3-70b-versatile").mode(RECORD)
 *              .recording(Path.of("fixtures/recordings/cs-generation.json"), "cs-generation").build();
 *      ChatClient validator = ...) {
 *     GenerationReport report = CaseGenerator.builder(generator, validator)
 *             .instructions("Write one customer-service test case ...")
 *             .topics(List.of("refund", "late delivery"))
 *             .perTopic(3).threshold(4).idPrefix("cs")
 *             .build()
 *             .writeTo(Path.of("fixtures/datasets/customer-service.jsonl"));
 * }
 * }</pre>
 *
 * <p>With both clients in replay mode the same dataset comes out again, byte for byte: a test can
 * check that the committed dataset is what the committed recordings produce.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CaseGenerator {

    /** The validator's default rubric: the seed pipeline's prompt and response quality, on one scale. */
    public static final Rubric DEFAULT_RUBRIC = Rubric.of("case_quality", String.join("\n",
            "5: a realistic, unambiguous prompt and a golden answer that is correct, complete and well written",
            "4: realistic and correct, with a minor flaw in wording or completeness",
            "3: usable but vague, or the golden answer misses part of the request",
            "1-2: unrealistic, ambiguous, or the golden answer is partly wrong",
            "0: not a test case, or the golden answer is wrong"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OBJECT = Pattern.compile("\\{.*}", Pattern.DOTALL);

    private final Builder b;

    private CaseGenerator(Builder b) {
        this.b = b;
    }

    /** A builder for a pipeline with the given generator and validator. */
    public static Builder builder(ChatClient generator, ChatClient validator) {
        return new Builder(generator, validator);
    }

    /** Generates, validates and returns the candidates, without writing anything. */
    public GenerationReport run() {
        Judge validator = Judge.of(b.validator, b.rubric);
        List<ObjectNode> accepted = new ArrayList<>();
        List<ObjectNode> rejected = new ArrayList<>();
        int n = 0;
        for (String topic : b.topics) {
            for (int k = 1; k <= b.perTopic; k++) {
                n++;
                String id = String.format(Locale.ROOT, "%s_%03d", b.idPrefix, n);
                String reply = b.generator.chat(generationRequest(topic, k)).text();
                ObjectNode candidate = candidate(id, topic, reply);
                if (candidate == null) {
                    rejected.add(rejection(id, topic, null, "generator reply is not a JSON object with [prompt] and "
                            + "[expected]: " + shorten(reply)));
                    continue;
                }
                JudgeVerdict verdict = validator.judge("Is this a good benchmark test case? " + b.instructions,
                        candidate.toString(), null);
                if (!verdict.parsed()) {
                    rejected.add(rejection(id, topic, candidate, "validator reply has no 0-5 score: "
                            + String.join(" | ", verdict.failures())));
                    continue;
                }
                double score = verdict.score();
                candidate.put("validator_score", score);
                if (score >= b.threshold) {
                    accepted.add(candidate);
                } else {
                    rejected.add(rejection(id, topic, candidate, "validator score " + score + " is below the threshold "
                            + b.threshold + ": " + String.join(" ", verdict.reasonings())));
                }
            }
        }
        return new GenerationReport(List.copyOf(accepted), List.copyOf(rejected));
    }

    /**
     * Runs the pipeline and writes the accepted cases to {@code dataset} (JSONL) and the rejected ones
     * to the {@code .rejected.jsonl} file beside it, each atomically.
     */
    public GenerationReport writeTo(Path dataset) {
        GenerationReport report = run();
        write(dataset, report.accepted());
        String name = dataset.getFileName().toString().replaceFirst("\\.jsonl$", "");
        write(dataset.resolveSibling(name + ".rejected.jsonl"), report.rejected());
        return report;
    }

    private ChatRequest generationRequest(String topic, int k) {
        String system = "You write test cases for benchmarking assistants. Reply with one JSON object and nothing "
                + "else: {\"prompt\": \"<what the user says>\", \"expected\": <the golden answer: text, or a JSON "
                + "object when the instructions ask for structured output>}.\n" + b.instructions;
        return new ChatRequest(List.of(ChatMessage.user("Topic: " + topic + ". Write test case " + k + " of "
                + b.perTopic + " for this topic.")), ChatOptions.defaults().system(system).json(true));
    }

    /** The candidate as a dataset line, or null when the reply holds none. */
    private static ObjectNode candidate(String id, String topic, String reply) {
        Matcher m = OBJECT.matcher(reply == null ? "" : reply);
        if (!m.find()) {
            return null;
        }
        JsonNode n;
        try {
            n = JSON.readTree(m.group());
        } catch (IOException e) {
            return null;
        }
        JsonNode prompt = n.path("prompt");
        JsonNode expected = n.path("expected");
        if (!prompt.isTextual() || prompt.asText().isBlank() || expected.isMissingNode() || expected.isNull()) {
            return null;
        }
        ObjectNode line = JSON.createObjectNode();
        line.put("id", id);
        line.set("expected", expected);
        line.put("prompt", prompt.asText());
        line.putObject("tags").put("topic", topic);
        return line;
    }

    private static ObjectNode rejection(String id, String topic, ObjectNode candidate, String reason) {
        ObjectNode r = JSON.createObjectNode().put("id", id).put("topic", topic).put("reason", reason);
        if (candidate != null) {
            r.set("candidate", candidate);
        }
        return r;
    }

    private static String shorten(String s) {
        return s == null ? "null" : s.length() > 160 ? s.substring(0, 160) + "\u2026" : s;
    }

    private static void write(Path file, List<ObjectNode> lines) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            StringBuilder sb = new StringBuilder();
            for (ObjectNode line : lines) {
                sb.append(JSON.writeValueAsString(line)).append('\n');
            }
            AtomicFiles.writeString(file, sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write [" + file + "]", e);
        }
    }

    /** Configures a {@link CaseGenerator}. */
    public static final class Builder {
        private final ChatClient generator;
        private final ChatClient validator;
        private String instructions = "";
        private List<String> topics = List.of("general");
        private int perTopic = 1;
        private double threshold = 4;
        private Rubric rubric = DEFAULT_RUBRIC;
        private String idPrefix = "gen";

        private Builder(ChatClient generator, ChatClient validator) {
            this.generator = Objects.requireNonNull(generator, "generator");
            this.validator = Objects.requireNonNull(validator, "validator");
        }

        /** What the cases are about and what shape the golden answer has (told to the generator and the validator). */
        public Builder instructions(String text) {
            this.instructions = Objects.requireNonNull(text);
            return this;
        }

        /** The topics to cover; each gets {@link #perTopic(int)} candidates. */
        public Builder topics(List<String> values) {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("give at least one topic");
            }
            this.topics = List.copyOf(values);
            return this;
        }

        /** Candidates per topic. */
        public Builder perTopic(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("perTopic = " + n + "; use 1 or more");
            }
            this.perTopic = n;
            return this;
        }

        /** The lowest validator score (0–5) a candidate needs to be kept; 4 in the seed pipeline. */
        public Builder threshold(double value) {
            if (!(value >= 0 && value <= 5)) {
                throw new IllegalArgumentException("threshold = " + value + "; use a score in 0-5");
            }
            this.threshold = value;
            return this;
        }

        /** The validator's rubric; {@link #DEFAULT_RUBRIC} unless set. */
        public Builder rubric(Rubric value) {
            this.rubric = Objects.requireNonNull(value);
            return this;
        }

        /** The prefix of the case ids ({@code cs} gives {@code cs_001}, {@code cs_002}, ...). */
        public Builder idPrefix(String value) {
            this.idPrefix = Objects.requireNonNull(value);
            return this;
        }

        /** The pipeline. */
        public CaseGenerator build() {
            return new CaseGenerator(this);
        }
    }
}
