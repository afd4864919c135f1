package dev.assay.llm.judge;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.llm.ChatClient;
import dev.assay.llm.ChatMessage;
import dev.assay.llm.ChatOptions;
import dev.assay.llm.ChatRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * {@code Judge} is used to score an answer with a model ("LLM as judge"): the judge model reads the
 * question, the answer, the reference when there is one, and a {@link Rubric}, and replies with a
 * 0–5 score and its reasoning. Asked several times ({@link #samples(int)}), it reports the mean and
 * how consistent it was with itself. Replies without a usable score are counted as parse failures,
 * never turned into a number.
 *
 * <pre>{@code
 * @BenchmarkTest(model = "mixtral", task = Task.GENERATION)
 * void mixtral(BenchmarkCase c, Outcome out, @Provider("groq:mixtral-8x7b-32768") ChatClient llm,
 *              @Provider(value = "groq:llama-3.1-8b-instant", json = true) ChatClient judgeModel) {
 *     ChatResponse r = llm.chat(c.text("prompt")).recordTo(out);
 *     out.predict(r.text());
 *     Judge.of(judgeModel, HELPFULNESS).samples(3).judge(c.text("prompt"), r.text(), c.expectedText()).recordTo(out);
 * }
 * }</pre>
 *
 * <p>The judge's calls go through the same client as any other, so they are recorded and replayed
 * with the benchmark; each sample is the same request, and a recording keeps the n-th reply for
 * the n-th identical request, so sampled verdicts replay exactly.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Judge {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OBJECT = Pattern.compile("\\{.*}", Pattern.DOTALL);
    private static final Pattern SCORE_TEXT = Pattern.compile("(?i)\\bscore\\b\\W{0,5}(\\d+(?:\\.\\d+)?)");

    private final ChatClient client;
    private final Rubric rubric;
    private final int samples;
    private final Double temperature;

    private Judge(ChatClient client, Rubric rubric, int samples, Double temperature) {
        this.client = client;
        this.rubric = rubric;
        this.samples = samples;
        this.temperature = temperature;
    }

    /** A judge asking {@code client} once per answer. */
    public static Judge of(ChatClient client, Rubric rubric) {
        return new Judge(client, rubric, 1, null);
    }

    /** Asks the judge {@code n} times per answer, for a mean and a self-consistency. */
    public Judge samples(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("samples = " + n + "; ask the judge at least once");
        }
        return new Judge(client, rubric, n, temperature);
    }

    /** The judge's sampling temperature (unset: the client's default). */
    public Judge temperature(double value) {
        return new Judge(client, rubric, samples, value);
    }

    /** The rubric. */
    public Rubric rubric() {
        return rubric;
    }

    /**
     * Scores one answer.
     *
     * @param question what the model was asked
     * @param answer the model's answer
     * @param reference a reference answer, or null
     */
    public JudgeVerdict judge(String question, String answer, String reference) {
        ChatRequest request = request(question, answer, reference);
        List<Integer> scores = new ArrayList<>();
        List<String> reasonings = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            String reply = client.chat(request).text();
            Optional<Parsed> parsed = parse(reply);
            if (parsed.isPresent()) {
                scores.add(parsed.get().score());
                reasonings.add(parsed.get().reasoning());
            } else {
                failures.add(reply.length() > 200 ? reply.substring(0, 200) + "\u2026" : reply);
            }
        }
        return new JudgeVerdict(rubric.name(), List.copyOf(scores), List.copyOf(reasonings), samples, failures.size(),
                List.copyOf(failures));
    }

    ChatRequest request(String question, String answer, String reference) {
        String system = "You are a strict evaluator. Score the ANSWER against the rubric on an integer scale from 0 "
                + "to 5. Reply with one JSON object and nothing else: {\"score\": <0-5>, \"reasoning\": \"<one or two "
                + "sentences>\"}.\nRubric (" + rubric.name() + "):\n" + rubric.criteria();
        String user = "QUESTION:\n" + question + "\n\nANSWER:\n" + answer
                + (reference == null ? "" : "\n\nREFERENCE ANSWER:\n" + reference);
        ChatOptions options = ChatOptions.defaults().system(system).json(true);
        if (temperature != null) {
            options = options.temperature(temperature);
        }
        return new ChatRequest(List.of(ChatMessage.user(user)), options);
    }

    /**
     * A score in 0–5 and its reasoning: from the JSON object the judge was asked for (also when it is
     * wrapped in prose or a code fence), else from a plain {@code score: N}; anything else, or a score
     * outside 0–5, is unparseable.
     */
    static Optional<Parsed> parse(String reply) {
        if (reply == null) {
            return Optional.empty();
        }
        Matcher object = OBJECT.matcher(reply);
        if (object.find()) {
            try {
                JsonNode n = JSON.readTree(object.group());
                JsonNode score = n.path("score");
                if (score.isNumber() || score.isTextual()) {
                    return inRange(score.asText(), n.path("reasoning").asText(""));
                }
            } catch (java.io.IOException e) {
                // not JSON after all: try the plain form
            }
        }
        Matcher text = SCORE_TEXT.matcher(reply);
        return text.find() ? inRange(text.group(1), reply.strip()) : Optional.empty();
    }

    private static Optional<Parsed> inRange(String value, String reasoning) {
        try {
            double d = Double.parseDouble(value.strip());
            if (d != Math.rint(d) || d < 0 || d > 5) {
                return Optional.empty();
            }
            return Optional.of(new Parsed((int) d, reasoning));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** One parsed judge reply. */
    record Parsed(int score, String reasoning) {
    }
}
