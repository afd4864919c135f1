package dev.assay.llm;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.api.Benchmark;
import dev.assay.data.ProjectPaths;
import dev.assay.api.RuntimeFacts;
import dev.assay.secrets.SecretMasker;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * {@code ProviderParameterResolver} is used (registered by {@link Benchmark @Benchmark}) to resolve
 * parameters annotated {@link Provider @Provider} to a {@link ChatClient}. Connections and limits live
 * in the root {@code ExtensionContext.Store}: created on first use, shared by every case and model
 * of the run, closed once at its end, together with the recordings they wrote.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProviderParameterResolver implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ProviderParameterResolver.class);

    /** Where recordings live unless {@code assay.provider.recordings} says otherwise. */
    public static final String DEFAULT_RECORDINGS = "fixtures/recordings";

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        // Parameter.getAnnotation reads a per-parameter cache; ParameterContext.isAnnotated re-parses the
        // method's parameter annotations on every call, i.e. for every case node. @Provider targets
        // parameters only, so it can never be meta-present and the direct lookup misses nothing.
        if (!parameterContext.getParameter().isAnnotationPresent(Provider.class)) {
            return false;
        }
        if (parameterContext.getParameter().getType() != ChatClient.class) {
            throw new ParameterResolutionException("Configuration error: @Provider on parameter ["
                    + parameterContext.getParameter().getName() + "] of [" + parameterContext.getDeclaringExecutable()
                    + "] needs the type [ChatClient], not [" + parameterContext.getParameter().getType().getSimpleName() + "]");
        }
        return true;
    }

    /**
     * The client for the parameter. Every case of a benchmark asks again, so the client is made once
     * per benchmark and {@code @Provider} declaration and kept in the root store: at hundreds of cases
     * a second, re-reading configuration and rebuilding settings per case is measurable CPU.
     */
    @Override
    public ChatClient resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
        Provider annotation = parameterContext.findAnnotation(Provider.class).orElseThrow();
        ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE);
        Resolved resolved = root.getOrComputeIfAbsent("client:" + benchmarkName(context) + ":" + annotation,
                k -> create(parameterContext, context, annotation), Resolved.class);
        RuntimeFacts.record(context, resolved.runtime());
        return resolved.client();
    }

    /** A client and the runtime facts it gives its models' summaries. */
    private record Resolved(ChatClient client, Map<String, Object> runtime) {
    }

    private Resolved create(ParameterContext parameterContext, ExtensionContext context, Provider annotation) {
        Function<String, Optional<String>> config = context::getConfigurationParameter;
        ProviderSpec spec;
        ProviderSettings settings;
        ProviderMode mode;
        try {
            spec = ProviderSpec.parse(annotation.value(), name -> ProviderSettings.configuredProtocol(name, config));
            settings = ProviderSettings.load(spec, config);
            mode = config.apply(ProviderSettings.MODE_KEY).map(ProviderMode::parse).orElse(ProviderMode.AUTO);
        } catch (IllegalArgumentException e) {
            throw new ParameterResolutionException(e.getMessage() + " (in @Provider on parameter ["
                    + parameterContext.getParameter().getName() + "] of [" + parameterContext.getDeclaringExecutable() + "])", e);
        }
        ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE);
        String benchmark = benchmarkName(context);
        Recording recording = null;
        if (mode != ProviderMode.LIVE) {
            Path file = ProjectPaths.detect(config.apply("assay.root").orElse(System.getProperty("assay.root")))
                    .resolve(config.apply(ProviderSettings.RECORDINGS_KEY).orElse(DEFAULT_RECORDINGS))
                    .resolve(fileName(benchmark));
            recording = root.getOrComputeIfAbsent("recording:" + file, k -> new Recording(file, benchmark), Recording.class);
        }
        ProviderConnection live = null;
        Supplier<RuntimeException> noLive = () -> new IllegalStateException("no connection in replay mode");
        // Every configured key is masked in every output, whatever the mode and whatever the variable is called.
        if (settings.apiKeyEnv() != null) {
            SecretMasker.register(System.getenv(settings.apiKeyEnv()));
        }
        if (mode != ProviderMode.REPLAY) {
            String env = settings.apiKeyEnv();
            String key = env == null ? null : System.getenv(env);
            if (env != null && (key == null || key.isBlank())) {
                String reason = "Provider [" + spec.name() + "] needs an API key in the environment variable [" + env
                        + "], which is not set; set it, or run with -D" + ProviderSettings.MODE_KEY
                        + "=replay to use the recordings in " + DEFAULT_RECORDINGS;
                if (config.apply(ProviderSettings.REQUIRE_KEYS_KEY).map(Boolean::parseBoolean).orElse(false)) {
                    throw new ParameterResolutionException(reason + " (" + ProviderSettings.REQUIRE_KEYS_KEY + "=true)");
                }
                // Aborted at the call, not here: Jupiter wraps resolver exceptions, which would fail the test.
                noLive = () -> new TestAbortedException(reason);
            } else {
                SecretMasker.register(key);
                ProviderSettings s = settings;
                ProviderLimits limits = root.getOrComputeIfAbsent("limits:" + spec.name(), k -> new ProviderLimits(s), ProviderLimits.class);
                live = root.getOrComputeIfAbsent("connection:" + spec, k -> new ProviderConnection(spec, s, key, limits),
                        ProviderConnection.class);
            }
        }
        Map<String, Object> runtime = new java.util.LinkedHashMap<>(Map.of("provider", spec.name(),
                "provider_model", spec.model(), "provider_mode", mode.name().toLowerCase(Locale.ROOT)));
        if (recording != null && (mode == ProviderMode.REPLAY || mode == ProviderMode.AUTO) && recording.origins() != null) {
            // Where replayed numbers came from: a stand-in's replies are never to be read as a model's.
            runtime.put("recording_origin", recording.origins());
        }
        return new Resolved(new ProviderChatClient(spec, settings, defaults(annotation), mode, recording, live, noLive),
                runtime);
    }

    static ChatOptions defaults(Provider a) {
        ChatOptions o = ChatOptions.defaults();
        if (!Double.isNaN(a.temperature())) {
            o = o.temperature(a.temperature());
        }
        if (!Double.isNaN(a.topP())) {
            o = o.topP(a.topP());
        }
        if (a.topK() >= 0) {
            o = o.topK(a.topK());
        }
        if (a.maxTokens() >= 0) {
            o = o.maxTokens(a.maxTokens());
        }
        if (a.seed() != Long.MIN_VALUE) {
            o = o.seed(a.seed());
        }
        if (a.contextSize() >= 0) {
            o = o.contextSize(a.contextSize());
        }
        if (!a.system().isEmpty()) {
            o = o.system(a.system());
        }
        if (a.json()) {
            o = o.json(true);
        }
        return o;
    }

    static String benchmarkName(ExtensionContext context) {
        Benchmark b = context.getRequiredTestClass().getAnnotation(Benchmark.class);
        return b != null ? b.value() : context.getRequiredTestClass().getSimpleName();
    }

    /** One file per benchmark, named after it in a form every file system accepts. */
    static String fileName(String benchmark) {
        return benchmark.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-") + ".json";
    }
}
