package dev.assay.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.testkit.BenchmarkRun;
import dev.assay.testkit.StandInServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sampled model recorded in a sequential run replays the same reply for each case, round and call
 * when the replay runs in parallel: replies are keyed by their place in the run, not by call order.
 */
class ParallelReplayTest {

    @TempDir
    Path dir;

    private static Map<String, String> predictions(BenchmarkRun run) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode r : run.journal()) {
            out.put(r.get("case").asText() + "/" + r.get("round").asInt(), r.get("predicted").asText());
        }
        return out;
    }

    @Test
    void aParallelReplayGivesEachCaseAndRoundTheRepliesItWasRecordedWith() throws Exception {
        Path recordings = dir.resolve("recordings");
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        Map<String, String> provider = Map.of("assay.provider.recordings", recordings.toString(),
                "assay.provider.sampler.protocol", "openai", "assay.provider.sampler.apiKeyEnv", "none");
        BenchmarkRun recorded;
        try (StandInServer server = StandInServer.start((model, messages) -> {
            String prompt = messages.get(messages.size() - 1).content();
            return prompt + " #" + calls.computeIfAbsent(prompt, p -> new AtomicInteger()).incrementAndGet();
        })) {
            Map<String, String> record = new HashMap<>(provider);
            record.put("assay.provider.mode", "record");
            record.put("assay.provider.sampler.baseUrl", server.baseUrl(Protocol.OPENAI).toString());
            recorded = BenchmarkRun.of(dir.resolve("record"), record, SampledReplayTestCase.class);
        }
        Map<String, String> replay = new HashMap<>(provider);
        replay.put("assay.provider.mode", "replay");
        replay.put("assay.provider.sampler.baseUrl", "http://127.0.0.1:9/v1");
        replay.put("junit.jupiter.execution.parallel.enabled", "true");
        replay.put("junit.jupiter.execution.parallel.mode.default", "concurrent");
        replay.put("junit.jupiter.execution.parallel.config.strategy", "fixed");
        replay.put("junit.jupiter.execution.parallel.config.fixed.parallelism", "4");

        Map<String, String> sequential = predictions(recorded);
        assertThat(sequential).hasSize(9).allSatisfy((slot, reply) -> assertThat(reply).contains(" | "));
        assertThat(sequential.values()).as("every reply differs").doesNotHaveDuplicates();
        for (int i = 0; i < 3; i++) {
            BenchmarkRun parallel = BenchmarkRun.of(dir.resolve("replay-" + i), replay, SampledReplayTestCase.class);
            assertThat(predictions(parallel)).as("parallel replay %d", i).isEqualTo(sequential);
        }
    }
}
