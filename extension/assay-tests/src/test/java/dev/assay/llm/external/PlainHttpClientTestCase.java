package dev.assay.llm.external;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixture for {@link ExternalServerBenchmark}, the plain alternative: a JUnit
 * {@code @ParameterizedTest} that makes the same non-streamed OpenAI chat call per case as Assay's
 * provider does, with the JDK {@link HttpClient} and Jackson, at most 16 in flight (Assay's
 * {@code maxConcurrent}), and checks the reply.
 */
public class PlainHttpClientTestCase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    // The same bound Assay's provider puts on calls in flight, so both sides offer the server the same load.
    private static final Semaphore IN_FLIGHT = new Semaphore(16);

    static IntStream cases() {
        return IntStream.range(0, Integer.getInteger("assay.bench.cases", 5000));
    }

    @ParameterizedTest(name = "stand-in \u203a case_{0}")
    @MethodSource("cases")
    void standIn(int i) throws Exception {
        ExternalRun.started();
        String body = JSON.writeValueAsString(JSON.createObjectNode().put("model", "m")
                .set("messages", JSON.createArrayNode().add(JSON.createObjectNode().put("role", "user").put("content", "case " + i))));
        HttpRequest request = HttpRequest.newBuilder(URI.create(System.getProperty("assay.bench.baseUrl") + "/chat/completions"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        IN_FLIGHT.acquire();
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } finally {
            IN_FLIGHT.release();
        }
        assertEquals(200, response.statusCode());
        JsonNode reply = JSON.readTree(response.body());
        assertEquals("ok", reply.path("choices").path(0).path("message").path("content").asText().strip());
        ExternalRun.ended();
    }
}
