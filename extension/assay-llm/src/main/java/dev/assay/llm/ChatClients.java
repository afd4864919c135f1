package dev.assay.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.assay.secrets.SecretMasker;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code ChatClients} is used to create a {@link ChatClient} outside a benchmark method: in a case
 * generator, a judge, a script, or a benchmark of the client itself. Configuration keys are the same
 * as for {@link Provider @Provider}; the key is read from the configured environment variable.
 *
 * <pre>{@code
 * try (ChatClient llm = ChatClients.builder("ollama:gemma3:4b")
 *         .config(Map.of("assay.provider.ollama.timeoutMs", "30000")).build()) {
 *     System.out.println(llm.chat("Hello").text());
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ChatClients {

    private ChatClients() {
    }

    /** A builder for a client of {@code spec}. */
    public static Builder builder(String spec) {
        return new Builder(spec);
    }

    /** Builds a client; {@link ChatClient#close()} closes its connection and writes its recording. */
    public static final class Builder {
        private final String spec;
        private Map<String, String> config = Map.of();
        private ProviderMode mode = ProviderMode.LIVE;
        private Path recording;
        private String benchmark = "default";
        private ChatOptions defaults = ChatOptions.defaults();

        private Builder(String spec) {
            this.spec = spec;
        }

        /** Configuration values by full key ({@code assay.provider.groq.timeoutMs}). */
        public Builder config(Map<String, String> values) {
            this.config = Map.copyOf(values);
            return this;
        }

        /** The record/replay mode; {@code live} unless set. Other modes need {@link #recording(Path, String)}. */
        public Builder mode(ProviderMode value) {
            this.mode = value;
            return this;
        }

        /** The recording file and the benchmark name written in it. */
        public Builder recording(Path file, String benchmarkName) {
            this.recording = file;
            this.benchmark = benchmarkName;
            return this;
        }

        /** Default settings for every request. */
        public Builder defaults(ChatOptions options) {
            this.defaults = options;
            return this;
        }

        /**
         * The client.
         *
         * @throws IllegalArgumentException on a bad spec or configuration value, or when the key is not set
         */
        public ChatClient build() {
            java.util.function.Function<String, Optional<String>> cfg = k -> Optional.ofNullable(config.get(k));
            ProviderSpec s = ProviderSpec.parse(spec, name -> ProviderSettings.configuredProtocol(name, cfg));
            ProviderSettings settings = ProviderSettings.load(s, cfg);
            if (mode != ProviderMode.LIVE && recording == null) {
                throw new IllegalArgumentException("Mode [" + mode + "] needs a recording file; call recording(path, benchmark)");
            }
            Recording rec = recording == null ? null : new Recording(recording, benchmark);
            ProviderConnection live = null;
            if (mode != ProviderMode.REPLAY) {
                String key = settings.apiKeyEnv() == null ? null : System.getenv(settings.apiKeyEnv());
                if (settings.apiKeyEnv() != null && (key == null || key.isBlank())) {
                    throw new IllegalArgumentException("Provider [" + s.name() + "] needs an API key in the environment variable ["
                            + settings.apiKeyEnv() + "], which is not set");
                }
                SecretMasker.register(key);
                live = new ProviderConnection(s, settings, key, new ProviderLimits(settings));
            }
            ProviderConnection connection = live;
            ChatClient client = new ProviderChatClient(s, settings, defaults, mode, rec, live, IllegalStateException::new);
            return new ChatClient() {
                @Override
                public ChatResponse chat(ChatRequest request) {
                    return client.chat(request);
                }

                @Override
                public ProviderSpec spec() {
                    return s;
                }

                @Override
                public void close() {
                    if (connection != null) {
                        connection.close();
                    }
                    if (rec != null) {
                        rec.close();
                    }
                }
            };
        }
    }
}
