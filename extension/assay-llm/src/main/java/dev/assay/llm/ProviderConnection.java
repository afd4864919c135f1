package dev.assay.llm;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The expensive part of a client: its HTTP client and the threads behind it, plus the retrying
 * layer. One per provider spec in the root store, closed once at the end of the run.
 */
// CloseableResource as well: JUnit before 5.13 closes only those when the store closes.
final class ProviderConnection implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService executor;
    private final RetryingChatClient client;
    private final ProviderSettings settings;

    ProviderConnection(ProviderSpec spec, ProviderSettings settings, String apiKey, ProviderLimits limits) {
        this.settings = settings;
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "assay-provider-" + settings.name() + "-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        HttpClient.Builder b = HttpClient.newBuilder().executor(executor)
                .connectTimeout(Duration.ofMillis(Math.min(settings.timeout().toMillis(), 10_000)));
        // Plain http is a local server (Ollama, vLLM, the stand-in): skip the h2c upgrade dance.
        if ("http".equalsIgnoreCase(settings.baseUrl().getScheme())) {
            b.version(HttpClient.Version.HTTP_1_1);
        }
        this.client = new RetryingChatClient(new HttpChatClient(spec, settings, apiKey, b.build()), settings, limits, Thread::sleep);
    }

    ChatResponse chat(ChatRequest request) {
        return client.chat(request);
    }

    ProviderSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
