package dev.assay.llm.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.llm.ChatClient;
import dev.assay.llm.ChatClients;
import dev.assay.llm.ChatMessage;
import dev.assay.llm.Protocol;
import dev.assay.llm.ProviderMode;
import dev.assay.llm.generate.CaseGenerator;
import dev.assay.llm.generate.GenerationReport;
import dev.assay.testkit.StandInServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The judge and the generator/validator pipeline against the stand-in server, recorded and replayed. */
class JudgeAndGeneratorTests {

    static final Rubric POLITE = Rubric.of("politeness", "5: polite; 0: rude");

    @TempDir
    Path dir;

    @Test
    void parsesJsonProseAndRejectsScoresOutsideTheScale() {
        assertThat(Judge.parse("{\"score\": 4, \"reasoning\": \"good\"}")).hasValue(new Judge.Parsed(4, "good"));
        assertThat(Judge.parse("```json\n{\"score\": \"5\", \"reasoning\": \"ok\"}\n```")).hasValue(new Judge.Parsed(5, "ok"));
        assertThat(Judge.parse("Score: 3 because it is fine").map(Judge.Parsed::score)).hasValue(3);
        assertThat(Judge.parse("{\"score\": 7}")).isEmpty();
        assertThat(Judge.parse("{\"score\": 2.5}")).isEmpty();
        assertThat(Judge.parse("I cannot decide")).isEmpty();
    }

    @Test
    void samplesSeveralTimesCountsParseFailuresAndReportsConsistency() {
        AtomicInteger call = new AtomicInteger();
        String[] replies = {"{\"score\": 4, \"reasoning\": \"polite\"}", "no idea", "{\"score\": 4, \"reasoning\": \"fine\"}",
                "{\"score\": 2, \"reasoning\": \"curt\"}"};
        try (StandInServer server = StandInServer.start((model, msgs) -> replies[call.getAndIncrement() % 4]);
             ChatClient client = ChatClients.builder(server.spec(Protocol.OPENAI, "judge")).build()) {
            JudgeVerdict v = Judge.of(client, POLITE).samples(4).judge("Where is my order?", "It ships today.", null);

            assertThat(v.scores()).containsExactly(4, 4, 2);
            assertThat(v.parseFailures()).isEqualTo(1);
            assertThat(v.failures()).containsExactly("no idea");
            assertThat(v.score()).isEqualTo(10.0 / 3);
            assertThat(v.consistency()).isEqualTo(2.0 / 3);
            assertThat(v.reasoningText()).contains("polite").contains("unparseable reply: no idea");
        }
    }

    @Test
    void keepsCandidatesAtOrAboveTheThresholdAndReplaysTheSameDataset() throws Exception {
        Path dataset = dir.resolve("cases.jsonl");
        try (StandInServer server = StandInServer.start(JudgeAndGeneratorTests::pipeline)) {
            GenerationReport recorded = generate(server.baseUrl(Protocol.OPENAI).toString(), ProviderMode.RECORD, dataset);
            assertThat(recorded.accepted()).extracting(n -> n.path("id").asText()).containsExactly("t_001", "t_003");
            assertThat(recorded.rejected()).hasSize(2);
            assertThat(recorded.rejected().get(0).path("reason").asText()).contains("below the threshold 4");
            assertThat(recorded.rejected().get(1).path("reason").asText()).contains("not a JSON object");
        }
        String first = Files.readString(dataset);
        Files.delete(dataset);
        // No server now: every reply comes from the recordings.
        generate("http://127.0.0.1:9/v1", ProviderMode.REPLAY, dataset);
        assertThat(Files.readString(dataset)).isEqualTo(first);
        assertThat(first).contains("\"validator_score\":5.0");
        assertThat(Files.readString(dir.resolve("cases.rejected.jsonl")).lines()).hasSize(2);
    }

    private GenerationReport generate(String baseUrl, ProviderMode mode, Path dataset) {
        try (ChatClient generator = ChatClients.builder(baseUrl + "#gen").mode(mode).recording(dir.resolve("gen.json"), "gen").build();
             ChatClient validator = ChatClients.builder(baseUrl + "#val").mode(mode).recording(dir.resolve("val.json"), "val").build()) {
            return CaseGenerator.builder(generator, validator).instructions("Customer service.")
                    .topics(List.of("refund", "delivery")).perTopic(2).threshold(4).idPrefix("t").build().writeTo(dataset);
        }
    }

    /** Generator: case k of a topic; the 4th is garbage. Validator: 5, but 2 for the 2nd refund case. */
    static String pipeline(String model, List<ChatMessage> messages) {
        String last = messages.get(messages.size() - 1).content();
        if (model.equals("gen")) {
            if (last.contains("delivery") && last.contains("case 2")) {
                return "Sorry, I cannot help with that.";
            }
            String topic = last.contains("refund") ? "refund" : "delivery";
            return "{\"prompt\": \"A question about " + topic + " (" + (last.contains("case 1") ? 1 : 2)
                    + ")\", \"expected\": \"A helpful answer about " + topic + ".\"}";
        }
        return last.contains("refund (2)") ? "{\"score\": 2, \"reasoning\": \"too vague\"}"
                : "{\"score\": 5, \"reasoning\": \"clear and realistic\"}";
    }
}
