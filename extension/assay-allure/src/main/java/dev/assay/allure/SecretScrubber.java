package dev.assay.allure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code SecretScrubber} removes secrets from text before it becomes an Allure attachment or
 * parameter. API keys reach Assay only through environment variables, so the values of variables
 * whose names say they hold a secret are replaced wherever they appear (a prompt that echoes a key,
 * an error that quotes a header), and so are bearer tokens and common key shapes.
 */
final class SecretScrubber {

    static final String REDACTED = "[redacted]";
    private static final Pattern SECRET_NAME = Pattern.compile(".*(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL).*");
    private static final Pattern SHAPES = Pattern.compile(
            "(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}|\\b(sk|pk|rk)-[A-Za-z0-9_-]{16,}|\\bAIza[0-9A-Za-z_-]{30,}");

    private final List<String> secrets;

    /** A scrubber for the secrets among {@code environment}'s values. */
    SecretScrubber(Map<String, String> environment) {
        List<String> values = new ArrayList<>();
        environment.forEach((name, value) -> {
            if (value != null && value.length() >= 8 && SECRET_NAME.matcher(name.toUpperCase(Locale.ROOT)).matches()) {
                values.add(value);
            }
        });
        values.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(values);
    }

    /** A scrubber for this process's environment. */
    static SecretScrubber fromEnvironment() {
        return new SecretScrubber(System.getenv());
    }

    /** {@code text} with every secret replaced by {@value #REDACTED}; null stays null. */
    String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : secrets) {
            if (out.contains(secret)) {
                out = out.replace(secret, REDACTED);
            }
        }
        return mayHoldAShape(out) ? SHAPES.matcher(out).replaceAll(m -> m.group(1) != null ? m.group(1) + REDACTED
                : REDACTED) : out;
    }

    /**
     * Whether the text holds one of the markers every key shape starts with (case-insensitively,
     * as {@link #SHAPES} matches): most texts hold none, and this look is much cheaper than the pattern.
     */
    private static boolean mayHoldAShape(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("bearer") || lower.contains("sk-") || lower.contains("pk-") || lower.contains("rk-")
                || lower.contains("aiza");
    }
}
