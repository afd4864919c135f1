package dev.assay.secrets;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * {@code SecretMasker} is used by every output of Assay (journal, summary, console, exception
 * messages, recordings, Allure results and charts) to replace API keys with {@value #MASK} before
 * text leaves the process.
 *
 * <p>What it masks:
 * <ul>
 *   <li>the value of every environment variable whose name says it holds a secret ({@code KEY},
 *       {@code TOKEN}, {@code SECRET}, {@code PASSWORD}, {@code CREDENTIAL}), and of every variable
 *       registered with {@link #register} (the key variables providers are configured with);</li>
 *   <li>any run of 8 or more characters of such a value: what is left of a key after a server or a
 *       log cut it short, or a reply spread it over chunks;</li>
 *   <li>the values of {@code Authorization}, {@code x-api-key}, {@code x-goog-api-key},
 *       {@code api_key} / {@code apikey} fields and {@code key=} URL parameters, bearer tokens, and
 *       the shapes of common keys ({@code sk-…}, {@code AIza…}).</li>
 * </ul>
 * Callers mask before they shorten a text, never after, so a cut never leaves half a key behind.
 *
 * <p>Secrets are process-wide (environment variables), so the masker is too: {@link #global()}.
 */
@API(status = INTERNAL, since = "0.1")
public final class SecretMasker {

    /** What a secret is replaced with. */
    public static final String MASK = "[REDACTED]";
    /** The shortest run of a secret's characters that is masked where the whole secret is not present. */
    static final int FRAGMENT = 8;
    /** Texts up to this long are remembered once masked. */
    private static final int SHORT = 64;
    /** How many short texts are remembered at most. */
    private static final int SHORT_TEXTS = 4096;

    private static final Pattern SECRET_NAME = Pattern.compile(".*(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL).*");
    private static final Pattern HEADERS = Pattern.compile(
            "(?i)((?:authorization|proxy-authorization|x-api-key|x-goog-api-key|api[-_]?key|access[-_]?token)"
                    + "(?:\\\\?[\"'])?\\s*[:=]\\s*(?:\\\\?[\"'])?(?:(?:bearer|basic|token)\\s+)?)([^\\s\"'\\\\&,;}\\]]{4,})"
                    + "|(?i)(\\bbearer\\s+)([A-Za-z0-9._~+/=-]{8,})"
                    + "|(?i)([?&]key=)([^&\\s\"']{4,})"
                    + "|\\b((?:sk|pk|rk)-[A-Za-z0-9_-]{16,}|AIza[0-9A-Za-z_-]{30,}|gsk_[A-Za-z0-9]{20,}|xai-[A-Za-z0-9]{20,})");
    private static final SecretMasker GLOBAL = new SecretMasker(System.getenv());

    private final Map<String, Boolean> secrets = new java.util.concurrent.ConcurrentHashMap<>();
    // Every FRAGMENT-long window of every secret, by its hash: one pass over a text finds any of them.
    private volatile Windows windows = new Windows(List.of());
    // Labels repeat on every case (a classifier's probability keys, its predictions): short texts are
    // masked once. Bounded, and emptied when a secret is added.
    private final Map<String, String> shortTexts = new java.util.concurrent.ConcurrentHashMap<>();

    /** A masker for the secrets among {@code environment}'s values (tests pass their own map). */
    public SecretMasker(Map<String, String> environment) {
        environment.forEach((name, value) -> {
            if (SECRET_NAME.matcher(name.toUpperCase(Locale.ROOT)).matches()) {
                add(value);
            }
        });
    }

    /** The process's masker: the environment's secrets and every registered one. */
    public static SecretMasker global() {
        return GLOBAL;
    }

    /** Registers a secret read from anywhere (a provider's key variable), for every later {@link #mask}. */
    public static void register(String secret) {
        GLOBAL.add(secret);
    }

    /** {@code text} with secrets masked by the {@linkplain #global() process's masker}; null stays null. */
    public static String mask(String text) {
        return GLOBAL.apply(text);
    }

    private synchronized void add(String secret) {
        // Shorter values are not keys, and masking them would garble ordinary text.
        if (secret != null && secret.strip().length() >= FRAGMENT && secrets.putIfAbsent(secret.strip(), true) == null) {
            windows = new Windows(new ArrayList<>(secrets.keySet()));
            shortTexts.clear();
        }
    }

    /** {@code text} with every secret, fragment of one, and key-shaped value masked; null stays null. */
    public String apply(String text) {
        if (text == null || text.length() < 4) {
            return text;
        }
        if (text.length() > SHORT) {
            return masked(text);
        }
        String known = shortTexts.get(text);
        if (known != null) {
            return known;
        }
        String out = masked(text);
        if (shortTexts.size() < SHORT_TEXTS) {
            shortTexts.put(text, out);
        }
        return out;
    }

    private String masked(String text) {
        String out = windows.mask(text);
        return mayHoldAPattern(out) ? maskPatterns(out) : out;
    }

    /**
     * A value with every string inside masked: strings, and the strings (keys included) of lists and
     * maps, recursively; numbers and other values are returned as they are.
     */
    public Object applyToValue(Object value) {
        if (value instanceof String s) {
            return apply(s);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(applyToValue(v)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(applyToValue(k), applyToValue(v)));
            return out;
        }
        return value;
    }

    private static String maskPatterns(String text) {
        Matcher m = HEADERS.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            out = out == null ? new StringBuilder(text.length()) : out;
            out.append(text, last, m.start());
            if (m.group(1) != null) {
                out.append(m.group(1)).append(MASK);
            } else if (m.group(3) != null) {
                out.append(m.group(3)).append(MASK);
            } else if (m.group(5) != null) {
                out.append(m.group(5)).append(MASK);
            } else {
                out.append(MASK);
            }
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** A cheap look for the words every pattern needs; most texts hold none. */
    private static boolean mayHoldAPattern(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("auth") || lower.contains("key") || lower.contains("bearer") || lower.contains("token")
                || lower.contains("sk-") || lower.contains("pk-") || lower.contains("rk-") || lower.contains("aiza")
                || lower.contains("gsk_") || lower.contains("xai-");
    }

    /** The FRAGMENT-long windows of a set of secrets, hashed, and the masking pass over a text. */
    private static final class Windows {

        private static final long BASE = 1_000_003L;
        private static final long TOP = pow(BASE, FRAGMENT - 1);

        private final Set<Long> hashes = new HashSet<>();
        private final Set<String> grams = new HashSet<>();
        private final boolean none;

        Windows(List<String> secrets) {
            List<String> sorted = new ArrayList<>(secrets);
            this.none = sorted.isEmpty();
            for (String s : sorted) {
                for (int i = 0; i + FRAGMENT <= s.length(); i++) {
                    String gram = s.substring(i, i + FRAGMENT);
                    grams.add(gram);
                    hashes.add(hash(gram, 0));
                }
            }
        }

        String mask(String text) {
            if (none || text.length() < FRAGMENT) {
                return text;
            }
            // covered[i]: character i lies in a window that is a piece of a secret.
            boolean[] covered = null;
            long h = hash(text, 0);
            for (int i = 0; ; i++) {
                if (hashes.contains(h) && grams.contains(text.substring(i, i + FRAGMENT))) {
                    covered = covered == null ? new boolean[text.length()] : covered;
                    java.util.Arrays.fill(covered, i, i + FRAGMENT, true);
                }
                if (i + FRAGMENT >= text.length()) {
                    break;
                }
                h = (h - text.charAt(i) * TOP) * BASE + text.charAt(i + FRAGMENT);
            }
            if (covered == null) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); ) {
                if (covered[i]) {
                    out.append(MASK);
                    while (i < text.length() && covered[i]) {
                        i++;
                    }
                } else {
                    out.append(text.charAt(i++));
                }
            }
            return out.toString();
        }

        private static long hash(String s, int from) {
            long h = 0;
            for (int i = from; i < from + FRAGMENT; i++) {
                h = h * BASE + s.charAt(i);
            }
            return h;
        }

        private static long pow(long base, int exponent) {
            long p = 1;
            for (int i = 0; i < exponent; i++) {
                p *= base;
            }
            return p;
        }
    }
}
