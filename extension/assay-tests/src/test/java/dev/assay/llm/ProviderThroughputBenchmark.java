package dev.assay.llm;

import dev.assay.testkit.StandInServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A benchmark, not a test (Surefire does not run it: no test methods): 500 calls to the stand-in at
 * 50 ms per reply through the full client stack (limits, retries, streaming), 16 in flight, against
 * the ideal of 16 / 0.05 s = 320 calls/s. Run it with
 * {@code java -cp extension/target/classes:extension/target/test-classes:<deps> dev.assay.llm.ProviderThroughputBenchmark}.
 */
public final class ProviderThroughputBenchmark {

    private ProviderThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = 500;
        int concurrency = 16;
        try (StandInServer server = StandInServer.start((model, msgs) -> "a short deterministic reply").replyDelay(Duration.ofMillis(Integer.getInteger("delayMs", 50)));
             ChatClient llm = ChatClients.builder(server.spec(Protocol.OPENAI, "m"))
                     .config(Map.of("assay.provider.maxConcurrent", Integer.toString(concurrency))).build()) {
            for (String stream : new String[] {"true", "false"}) {
                ChatClient client = stream.equals("true") ? llm : ChatClients.builder(server.spec(Protocol.OPENAI, "m"))
                        .config(Map.of("assay.provider.maxConcurrent", Integer.toString(concurrency), "assay.provider.stream", "false")).build();
                run(client, 64, concurrency); // warm-up: JIT, connections
                long start = System.nanoTime();
                run(client, cases, concurrency);
                double seconds = (System.nanoTime() - start) / 1e9;
                double rate = cases / seconds;
                System.out.printf("stream=%s: %d cases in %.2f s = %.1f cases/s, %.3f of the ideal %d/s%n",
                        stream, cases, seconds, rate, rate / (concurrency / 0.05), (int) (concurrency / 0.05));
            }
        }
    }

    private static void run(ChatClient llm, int cases, int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<ChatResponse>> futures = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            String prompt = "case " + i;
            futures.add(pool.submit(() -> llm.chat(prompt)));
        }
        for (Future<ChatResponse> f : futures) {
            f.get();
        }
        pool.shutdown();
    }
}
