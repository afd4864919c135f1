package dev.assay.inference;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * {@code InferenceSpec} is used to name a server and a model in one string, as {@link Inference @Inference}
 * takes it.
 *
 * <ul>
 *   <li>{@code v2+http://HOST:PORT#MODEL}: an explicit base URL ({@code v2+} names the protocol's version and
 *       may be left out); the server is named {@code custom} for its configuration keys.</li>
 *   <li>{@code NAME:MODEL}: a server configured with {@code assay.inference.NAME.baseUrl} (or
 *       {@code assay.inference.baseUrl} for every server).</li>
 *   <li>{@code NAME}: a configured server and its model, {@code assay.inference.NAME.model}.</li>
 *   <li>empty: the server named {@code default}: {@code assay.inference.baseUrl} and {@code assay.inference.model}.</li>
 * </ul>
 *
 * @param name    the server's name: the key of its configuration, concurrency limit and recordings
 * @param model   the model as the server names it, or {@code null} to take it from configuration
 * @param baseUrl the base URL given in the spec, or {@code null} to take it from configuration
 * @param written the spec as written
 */
@API(status = INTERNAL, since = "0.1")
public record InferenceSpec(String name, String model, URI baseUrl, String written) {

    /** The server name of an explicit URL. */
    public static final String CUSTOM = "custom";
    /** The server name of an empty spec. */
    public static final String DEFAULT = "default";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    /** Checks the parts. */
    public InferenceSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(written, "written");
    }

    /**
     * Parses a spec.
     *
     * @throws IllegalArgumentException naming the spec and the forms that are understood
     */
    public static InferenceSpec parse(String spec) {
        String s = spec == null ? "" : spec.strip();
        if (s.isEmpty()) {
            return new InferenceSpec(DEFAULT, null, null, s);
        }
        if (s.contains("://")) {
            String url = s.startsWith("v2+") ? s.substring(3) : s;
            int hash = url.lastIndexOf('#');
            if (hash < 0 || hash == url.length() - 1) {
                throw new IllegalArgumentException(usage(spec, "is a URL without a model"));
            }
            URI uri;
            try {
                uri = URI.create(url.substring(0, hash));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(usage(spec, "has a URL that does not parse (" + e.getMessage() + ")"), e);
            }
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                throw new IllegalArgumentException(usage(spec, "names the scheme [" + uri.getScheme()
                        + "]; the Open Inference Protocol's REST form is reached over http or https"));
            }
            return new InferenceSpec(CUSTOM, url.substring(hash + 1), stripSlash(uri), s);
        }
        int colon = s.indexOf(':');
        String name = colon < 0 ? s : s.substring(0, colon);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(usage(spec, "names the server [" + name + "], which is not a plain name"));
        }
        if (colon == s.length() - 1) {
            throw new IllegalArgumentException(usage(spec, "names no model after the colon"));
        }
        return new InferenceSpec(name, colon < 0 ? null : s.substring(colon + 1), null, s);
    }

    private static String usage(String spec, String problem) {
        return "Configuration error: @Inference spec [" + spec + "] " + problem + "; write [v2+http://HOST:PORT#MODEL], "
                + "[NAME:MODEL] with [assay.inference.NAME.baseUrl] set, [NAME] with [assay.inference.NAME.baseUrl] and "
                + "[assay.inference.NAME.model] set, or leave it empty to use [assay.inference.baseUrl] and [assay.inference.model]";
    }

    private static URI stripSlash(URI uri) {
        String u = uri.toString();
        return u.endsWith("/") ? URI.create(u.substring(0, u.length() - 1)) : uri;
    }

    @Override
    public String toString() {
        return written.isEmpty() ? "(configured)" : written;
    }
}
