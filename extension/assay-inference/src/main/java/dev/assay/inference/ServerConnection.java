package dev.assay.inference;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The expensive part of talking to a server: the HTTP client and the threads behind it. One per base
 * URL in the root store, shared by every model on that server, closed once at the end of the run.
 */
// CloseableResource as well: JUnit before 5.13 closes only those when the store closes.
final class ServerConnection implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService executor;
    private final HttpClient http;

    ServerConnection(InferenceSettings settings) {
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "assay-inference-" + settings.name() + "-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        HttpClient.Builder b = HttpClient.newBuilder().executor(executor)
                .connectTimeout(Duration.ofMillis(Math.min(settings.timeout().toMillis(), 10_000)));
        // Plain http is a server in the same network (Triton, KServe's predictor, the stand-in): skip the h2c upgrade.
        if ("http".equalsIgnoreCase(settings.requireBaseUrl().getScheme())) {
            b.version(HttpClient.Version.HTTP_1_1);
        }
        this.http = b.build();
    }

    HttpClient http() {
        return http;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
