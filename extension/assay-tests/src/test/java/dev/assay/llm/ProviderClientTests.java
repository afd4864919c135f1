package dev.assay.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.testkit.Fault;
import dev.assay.testkit.StandInServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The clients against the stand-in server over real HTTP: each protocol, streaming, faults, retries, recording. */
class ProviderClientTests {

    private final StandInServer server = StandInServer.start((model, msgs) -> "Hello from " + model + " to you");

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        server.close();
    }

    private ChatClient client(Protocol protocol, Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(Map.of("assay.provider.backoffMs", "1", "assay.provider.timeoutMs", "2000"));
        config.putAll(extra);
        return ChatClients.builder(server.spec(protocol, "m1")).config(config).build();
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @CsvSource({"OPENAI,true", "OPENAI,false", "OLLAMA,true", "OLLAMA,false", "GEMINI,true", "GEMINI,false"})
    void eachProtocolWholeAndStreamed(Protocol protocol, boolean stream) {
        try (ChatClient llm = client(protocol, Map.of("assay.provider.stream", Boolean.toString(stream)))) {
            ChatResponse r = llm.chat(ChatRequest.of("hi there").withOptions(ChatOptions.defaults().temperature(0).seed(1).system("be brief")));
            assertThat(r.text()).isEqualTo("Hello from m1 to you");
            assertThat(r.tokensIn()).isEqualTo(4); // "be brief" + "hi there"
            assertThat(r.tokensOut()).isEqualTo(5);
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.origin()).isEqualTo("stand-in");
            assertThat(r.latencyMs()).isPositive();
            if (stream) {
                assertThat(r.ttftMs()).isNotNull().isPositive().isLessThanOrEqualTo(r.latencyMs());
            } else {
                assertThat(r.ttftMs()).isNull();
            }
        }
    }

    @ParameterizedTest(name = "{0} on attempt 1 is retried")
    @CsvSource({"RATE_LIMITED", "SERVER_ERROR", "UNAVAILABLE", "MALFORMED_JSON", "CUT_OFF_BODY", "RESET_CONNECTION", "SLOW"})
    void transientFaultsAreRetried(Fault fault) {
        server.retryAfterSeconds(0).slowDelay(Duration.ofMillis(800))
                .faults((prompt, attempt) -> attempt == 1 ? fault : null);
        for (String stream : new String[] {"true", "false"}) {
            try (ChatClient llm = client(Protocol.OPENAI, Map.of("assay.provider.stream", stream, "assay.provider.timeoutMs", "300"))) {
                ChatResponse r = llm.chat("prompt " + fault + stream);
                assertThat(r.attempts()).as(fault + " stream=" + stream).isEqualTo(2);
                assertThat(r.text()).isEqualTo("Hello from m1 to you");
            }
        }
    }

    @Test
    void exhaustedRetriesCarryEveryReasonAndTheStatus() {
        server.retryAfterSeconds(0).slowDelay(Duration.ofMillis(600)).faults((prompt, attempt) ->
                prompt.equals("busy") ? Fault.UNAVAILABLE : prompt.equals("garbage") ? Fault.MALFORMED_JSON : Fault.SLOW);
        try (ChatClient llm = client(Protocol.OLLAMA, Map.of("assay.provider.maxAttempts", "3", "assay.provider.timeoutMs", "200"))) {
            assertThatThrownBy(() -> llm.chat("busy")).isInstanceOfSatisfying(ProviderHttpException.class, e -> {
                assertThat(e.status()).isEqualTo(ProviderException.Status.ERROR);
                assertThat(e.httpStatus()).isEqualTo(503);
                assertThat(e.attempts()).isEqualTo(3);
                assertThat(e.getMessage()).contains("HTTP 503: The model is overloaded")
                        .contains("[gave up after 3 attempts: HTTP 503; HTTP 503; HTTP 503]");
            });
            assertThatThrownBy(() -> llm.chat("garbage")).isInstanceOfSatisfying(ProviderException.class,
                    e -> assertThat(e.status()).isEqualTo(ProviderException.Status.UNPARSEABLE));
            assertThatThrownBy(() -> llm.chat("slow")).isInstanceOfSatisfying(ProviderException.class, e -> {
                assertThat(e.status()).isEqualTo(ProviderException.Status.TIMEOUT);
                assertThat(e.getMessage()).contains("no complete reply within 200 ms");
            });
        }
    }

    @Test
    void clientErrorsAreNotRetried() {
        server.requireApiKey("the-right-key");
        try (ChatClient llm = client(Protocol.GEMINI, Map.of())) {
            assertThatThrownBy(() -> llm.chat("x")).isInstanceOfSatisfying(ProviderHttpException.class, e -> {
                assertThat(e.httpStatus()).isEqualTo(401);
                assertThat(e.attempts()).isEqualTo(1);
            });
        }
    }

    @Test
    void retryAfterIsHonoured() {
        server.retryAfterSeconds(1).faults((prompt, attempt) -> attempt == 1 ? Fault.RATE_LIMITED : null);
        try (ChatClient llm = client(Protocol.OPENAI, Map.of())) {
            long start = System.nanoTime();
            ChatResponse r = llm.chat("limited");
            assertThat(r.attempts()).isEqualTo(2);
            assertThat((System.nanoTime() - start) / 1e6).isGreaterThanOrEqualTo(1000);
        }
    }

    @Test
    void backoffGrowsExponentiallyWithJitterWithinItsCap() {
        ProviderSettings s = ProviderSettings.load(ProviderSpec.parse("groq:x"), k -> java.util.Optional.ofNullable(
                Map.of("assay.provider.groq.backoffMs", "100", "assay.provider.groq.maxBackoffMs", "1000").get(k)));
        RetryingChatClient c = new RetryingChatClient(null, s, null, ms -> { });
        ProviderException e = new ProviderException("x", ProviderException.Status.ERROR, 1, true, null);
        for (int i = 0; i < 50; i++) {
            assertThat(c.delayMillis(1, e)).isBetween(50L, 100L);
            assertThat(c.delayMillis(3, e)).isBetween(200L, 400L);
            assertThat(c.delayMillis(10, e)).isBetween(500L, 1000L);
        }
        assertThat(c.delayMillis(1, new ProviderHttpException("x", 429, 7000, 1))).isEqualTo(7000);
    }

    @Test
    void recordThenReplayKeepsLatencyAndTokensAndMissesNameTheRequest() throws Exception {
        Path file = dir.resolve("rec.json");
        ChatResponse recorded;
        try (ChatClient llm = ChatClients.builder(server.spec(Protocol.OLLAMA, "m1")).mode(ProviderMode.RECORD)
                .recording(file, "demo").build()) {
            recorded = llm.chat("first");
            llm.chat("first"); // a second round of the same request gets its own entry
        }
        String text = Files.readString(file);
        assertThat(text).contains("\"origin\" : \"stand-in\"").contains("recorded from Assay's local stand-in server")
                .doesNotContain("127.0.0.1");
        try (ChatClient llm = ChatClients.builder(server.spec(Protocol.OLLAMA, "m1")).mode(ProviderMode.REPLAY)
                .recording(file, "demo").build()) {
            int before = server.requestCount();
            ChatResponse replayed = llm.chat("first");
            assertThat(replayed.replayed()).isTrue();
            assertThat(replayed.text()).isEqualTo(recorded.text());
            assertThat(replayed.latencyMs()).isCloseTo(recorded.latencyMs(), org.assertj.core.data.Offset.offset(0.001));
            assertThat(replayed.tokensOut()).isEqualTo(recorded.tokensOut());
            assertThat(llm.chat("first").replayed()).isTrue();
            assertThatThrownBy(() -> llm.chat("first")).isInstanceOf(ReplayMissException.class)
                    .hasMessageContaining("occurrence 2");
            assertThatThrownBy(() -> llm.chat("never asked")).isInstanceOf(ReplayMissException.class)
                    .hasMessageContaining("\"content\":\"never asked\"").hasMessageContaining("rec.json")
                    .hasMessageContaining("-Dassay.provider.mode=record");
            assertThat(server.requestCount()).isEqualTo(before);
        }
    }

    @Test
    void concurrencyIsCappedPerProvider() throws Exception {
        server.replyDelay(Duration.ofMillis(100));
        try (ChatClient llm = client(Protocol.OPENAI, Map.of("assay.provider.maxConcurrent", "2"))) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            long start = System.nanoTime();
            java.util.List<java.util.concurrent.Future<ChatResponse>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                fs.add(pool.submit(() -> llm.chat("c" + n)));
            }
            for (var f : fs) {
                f.get();
            }
            pool.shutdown();
            // 8 calls, 2 at a time, 100 ms each: at least 4 waves
            assertThat((System.nanoTime() - start) / 1e6).isGreaterThanOrEqualTo(400);
        }
    }

    @Test
    void requestRateIsLimited() {
        try (ChatClient llm = client(Protocol.OPENAI, Map.of("assay.provider.requestsPerMinute", "120"))) {
            long start = System.nanoTime();
            for (int i = 0; i < 122; i++) {
                llm.chat("r" + i);
            }
            // a full minute's burst (120) at once, then 2 per second
            assertThat((System.nanoTime() - start) / 1e6).isGreaterThanOrEqualTo(900);
        }
    }

    @Test
    void costComesFromConfiguredPrices() {
        try (ChatClient llm = client(Protocol.OPENAI, Map.of("assay.provider.priceInPerMTok", "1000000", "assay.provider.priceOutPerMTok", "2000000"))) {
            ChatResponse r = llm.chat("one two");
            assertThat(r.costUsd()).isEqualTo(2 * 1.0 + 5 * 2.0);
        }
    }

    @Test
    void specsParseAndBadOnesSayHowToFixThem() {
        assertThat(ProviderSpec.parse("ollama:gemma3:4b")).isEqualTo(new ProviderSpec("ollama", "gemma3:4b", Protocol.OLLAMA, null));
        assertThat(ProviderSpec.parse("groq:llama-3.3-70b-versatile").protocol()).isEqualTo(Protocol.OPENAI);
        assertThat(ProviderSpec.parse("gemini+http://h:1/v1beta#g").protocol()).isEqualTo(Protocol.GEMINI);
        assertThat(ProviderSpec.parse("http://h:1/v1#qwen").toString()).isEqualTo("http://h:1/v1#qwen");
        assertThatThrownBy(() -> ProviderSpec.parse("mistral:large")).hasMessageContaining("assay.provider.mistral.baseUrl");
        assertThatThrownBy(() -> ProviderSpec.parse("gemma3")).hasMessageContaining("NAME:MODEL");
        assertThat(ProviderSpec.parse("vllm:q", n -> java.util.Optional.of(Protocol.OPENAI)).name()).isEqualTo("vllm");
    }
}
