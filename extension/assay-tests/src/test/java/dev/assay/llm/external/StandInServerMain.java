package dev.assay.llm.external;

import dev.assay.llm.Protocol;
import dev.assay.testkit.StandInServer;
import java.io.IOException;
import java.time.Duration;

/**
 * The stand-in OpenAI-compatible server as a process of its own, for benchmarks that must not share
 * a JVM (JIT, GC, CPU accounting) with the server: {@code java -cp CP
 * dev.assay.llm.external.StandInServerMain DELAY_MS} answers every chat call with {@code "ok"} after
 * {@code DELAY_MS}, prints {@code URL http://127.0.0.1:PORT/v1} on one line, and runs until its
 * standard input closes (so it dies with the parent that started it, even one that was killed).
 */
public final class StandInServerMain {

    private StandInServerMain() {
    }

    public static void main(String[] args) throws IOException {
        long delayMs = args.length > 0 ? Long.parseLong(args[0]) : 50;
        try (StandInServer server = StandInServer.start((model, messages) -> "ok").replyDelay(Duration.ofMillis(delayMs))) {
            System.out.println("URL " + server.baseUrl(Protocol.OPENAI));
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for EOF: the parent closed our stdin or is gone
            }
        }
    }
}
