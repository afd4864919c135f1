package dev.assay.llm;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * {@code ProviderSpec} is used to name a provider and model in one string, as
 * {@link Provider @Provider} takes it.
 *
 * <ul>
 *   <li>{@code NAME:MODEL}: a known provider ({@code ollama:gemma3:4b}, {@code groq:llama-3.3-70b-versatile},
 *       {@code gemini:gemini-2.5-flash}, {@code openai:gpt-4o-mini}, {@code xai:grok-3-mini}) or one configured
 *       with {@code assay.provider.NAME.baseUrl} and {@code assay.provider.NAME.protocol}; everything after the
 *       first colon is the model, so Ollama tags keep their colon.</li>
 *   <li>{@code URL#MODEL}: an explicit base URL of an OpenAI-compatible server
 *       ({@code http://127.0.0.1:8080/v1#qwen2.5}); prefix {@code ollama+} or {@code gemini+} for the other
 *       protocols ({@code ollama+http://gpu-box:11434#gemma3:4b}). Such providers are named {@code custom}.</li>
 * </ul>
 *
 * @param name     the provider's name: the key of its configuration, rate limits and recordings
 * @param model    the model as the provider names it
 * @param protocol the wire protocol
 * @param baseUrl  the base URL given in the spec, or {@code null} to take it from configuration
 */
@API(status = INTERNAL, since = "0.1")
public record ProviderSpec(String name, String model, Protocol protocol, URI baseUrl) {

    /** The providers Assay knows without configuration, and their protocols. */
    static final Map<String, Protocol> KNOWN = Map.of(
            "openai", Protocol.OPENAI, "groq", Protocol.OPENAI, "xai", Protocol.OPENAI,
            "ollama", Protocol.OLLAMA, "gemini", Protocol.GEMINI);

    /** Validates the parts so a bad spec fails where it is written. */
    public ProviderSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(protocol, "protocol");
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("Provider spec for [" + name + "] names no model");
        }
    }

    /**
     * Parses a spec; a provider that is not known is looked up in {@code protocols}
     * (the {@code assay.provider.NAME.protocol} settings).
     *
     * @throws IllegalArgumentException naming the spec and the forms that are understood
     */
    public static ProviderSpec parse(String spec, java.util.function.Function<String, java.util.Optional<Protocol>> configuredProtocols) {
        String s = spec == null ? "" : spec.strip();
        int hash = s.lastIndexOf('#');
        if (s.contains("://")) {
            if (hash < 0) {
                throw new IllegalArgumentException("Provider spec [" + spec
                        + "] is a URL without a model; write it as URL#MODEL, e.g. [http://127.0.0.1:8080/v1#qwen2.5]");
            }
            String url = s.substring(0, hash);
            Protocol protocol = Protocol.OPENAI;
            int plus = url.indexOf('+');
            if (plus > 0 && plus < url.indexOf("://")) {
                protocol = protocolNamed(url.substring(0, plus), spec);
                url = url.substring(plus + 1);
            }
            return new ProviderSpec("custom", s.substring(hash + 1), protocol, URI.create(stripSlash(url)));
        }
        int colon = s.indexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new IllegalArgumentException("Provider spec [" + spec + "] is not NAME:MODEL or URL#MODEL; "
                    + "for example [ollama:gemma3:4b], [groq:llama-3.3-70b-versatile], [gemini:gemini-2.5-flash]");
        }
        String name = s.substring(0, colon).toLowerCase(Locale.ROOT);
        Protocol protocol = configuredProtocols.apply(name).orElse(KNOWN.get(name));
        if (protocol == null) {
            throw new IllegalArgumentException("Provider [" + name + "] in spec [" + spec + "] is unknown; known are "
                    + new java.util.TreeSet<>(KNOWN.keySet()) + ", or configure it with [assay.provider." + name
                    + ".baseUrl] and [assay.provider." + name + ".protocol=openai|ollama|gemini]");
        }
        return new ProviderSpec(name, s.substring(colon + 1), protocol, null);
    }

    /** Parses a spec naming a known provider or an explicit URL, with no configured providers. */
    public static ProviderSpec parse(String spec) {
        return parse(spec, name -> java.util.Optional.empty());
    }

    static Protocol protocolNamed(String value, String where) {
        try {
            return Protocol.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Protocol [" + value + "] in [" + where
                    + "] is unknown; use openai, ollama or gemini", e);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The spec as written: {@code NAME:MODEL}, or {@code URL#MODEL} for explicit URLs. */
    @Override
    public String toString() {
        return baseUrl == null ? name + ":" + model
                : (protocol == Protocol.OPENAI ? "" : protocol.name().toLowerCase(Locale.ROOT) + "+") + baseUrl + "#" + model;
    }
}
