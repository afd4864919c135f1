package dev.assay.inference;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.api.Benchmark;
import dev.assay.api.RuntimeFacts;
import dev.assay.data.ProjectPaths;
import dev.assay.secrets.SecretMasker;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * {@code InferenceParameterResolver} is used (registered by {@link Inference @Inference}) to resolve
 * parameters annotated {@code @Inference} to an {@link InferenceClient}. Everything lives in the root
 * {@code ExtensionContext.Store}: the HTTP connection per base URL, the concurrency limit per server,
 * the recording per benchmark, and per benchmark and declaration the checked client, or the
 * configuration error its check ended in, so a server is checked once and never once per case.
 */
@API(status = INTERNAL, since = "0.1")
public final class InferenceParameterResolver implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(InferenceParameterResolver.class);

    /** Where recordings live unless {@code assay.inference.recordings} says otherwise. */
    public static final String DEFAULT_RECORDINGS = "fixtures/recordings";

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        // A cached, direct lookup (isAnnotated re-parses per case); @Inference targets parameters only.
        if (!parameterContext.getParameter().isAnnotationPresent(Inference.class)) {
            return false;
        }
        if (parameterContext.getParameter().getType() != InferenceClient.class) {
            throw new ParameterResolutionException("Configuration error: @Inference on parameter ["
                    + parameterContext.getParameter().getName() + "] of [" + parameterContext.getDeclaringExecutable()
                    + "] needs the type [InferenceClient], not [" + parameterContext.getParameter().getType().getSimpleName() + "]");
        }
        return true;
    }

    @Override
    public InferenceClient resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
        Inference annotation = parameterContext.getParameter().getAnnotation(Inference.class);
        ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE);
        Resolved resolved = root.getOrComputeIfAbsent(new ClientKey(benchmarkName(context), annotation.value(), annotation.version()),
                k -> create(context, annotation), Resolved.class);
        RuntimeFacts.record(context, resolved.facts());
        if (resolved.failure() != null) {
            throw new ParameterResolutionException(resolved.failure().getMessage() + " (in @Inference on parameter ["
                    + parameterContext.getParameter().getName() + "] of [" + parameterContext.getDeclaringExecutable().getName()
                    + "])", resolved.failure());
        }
        return resolved.client();
    }

    /** One declaration in one benchmark (the recording is per benchmark). */
    private record ClientKey(String benchmark, String spec, String version) {
    }

    /** A client and its runtime facts, or the configuration error every case of it fails with. */
    private record Resolved(InferenceClient client, Map<String, Object> facts, RuntimeException failure) {
    }

    private Resolved create(ExtensionContext context, Inference annotation) {
        Function<String, Optional<String>> config = context::getConfigurationParameter;
        InferenceSpec spec;
        InferenceSettings settings;
        InferenceMode mode;
        try {
            spec = InferenceSpec.parse(annotation.value());
            settings = InferenceSettings.load(spec, annotation.version(), config);
            mode = config.apply(InferenceSettings.MODE_KEY).map(InferenceMode::parse).orElse(InferenceMode.LIVE);
        } catch (IllegalArgumentException e) {
            return new Resolved(null, Map.of(), e);
        }
        ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE);
        InferenceRecording recording = null;
        if (mode != InferenceMode.LIVE) {
            String benchmark = benchmarkName(context);
            Path file = ProjectPaths.detect(config.apply(ProjectPaths.ROOT_KEY).orElse(System.getProperty(ProjectPaths.ROOT_KEY)))
                    .resolve(config.apply(InferenceSettings.RECORDINGS_KEY).orElse(DEFAULT_RECORDINGS))
                    .resolve(fileName(benchmark));
            try {
                recording = root.getOrComputeIfAbsent("recording:" + file, k -> new InferenceRecording(file, benchmark),
                        InferenceRecording.class);
            } catch (RuntimeException e) {
                return new Resolved(null, Map.of(), new IllegalStateException("Configuration error: " + e.getMessage(), e));
            }
        }
        LiveModel live = null;
        Supplier<RuntimeException> noLive = () -> new IllegalStateException("no server in replay mode");
        String token = null;
        if (settings.tokenEnv() != null) {
            token = System.getenv(settings.tokenEnv());
            // Masked in every output whatever the mode and whatever the variable is called.
            SecretMasker.register(token);
        }
        if (mode != InferenceMode.REPLAY) {
            if (settings.tokenEnv() != null && (token == null || token.isBlank())) {
                String reason = "Inference server [" + settings.name() + "] needs a bearer token in the environment variable ["
                        + settings.tokenEnv() + "], which is not set; set it, or run with -D" + InferenceSettings.MODE_KEY
                        + "=replay to use the recordings in " + DEFAULT_RECORDINGS;
                // Aborted at the call, not here: Jupiter wraps resolver exceptions, which would fail the test.
                noLive = () -> new TestAbortedException(reason);
            } else if (settings.baseUrl() == null) {
                noLive = () -> {
                    try {
                        settings.requireBaseUrl();
                        return new IllegalStateException("unreachable");
                    } catch (IllegalArgumentException e) {
                        return e;
                    }
                };
            } else {
                InferenceSettings s = settings;
                Semaphore limit = root.getOrComputeIfAbsent("limit:" + s.name(), k -> new Semaphore(s.maxConcurrent(), true), Semaphore.class);
                ServerConnection connection = root.getOrComputeIfAbsent("connection:" + s.baseUrl(), k -> new ServerConnection(s),
                        ServerConnection.class);
                live = new LiveModel(s, new HttpAttempt(s, token, connection.http()), new Retrier(s, limit, Thread::sleep));
            }
        }
        ModelCheck.Checked checked = ModelCheck.run(spec, settings, mode, live, noLive, recording);
        if (checked.failure() != null) {
            return new Resolved(null, checked.facts(), checked.failure());
        }
        return new Resolved(new RemoteInferenceClient(spec, settings, mode, checked.metadata(), recording, live, noLive),
                checked.facts(), null);
    }

    static String benchmarkName(ExtensionContext context) {
        Benchmark b = context.getRequiredTestClass().getAnnotation(Benchmark.class);
        return b != null ? b.value() : context.getRequiredTestClass().getSimpleName();
    }

    /** One file per benchmark, beside (never inside) its LLM recording. */
    static String fileName(String benchmark) {
        return benchmark.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-") + ".inference.json";
    }
}
