package dev.assay.llm;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Removes API keys from text before it becomes an exception message or a recording. Every key that
 * Assay reads is registered here, so any message about any provider is cleaned of all of them:
 * providers echo keys in error bodies ("Incorrect API key provided: sk-…").
 */
final class Redactor {

    static final String MASK = "[REDACTED]";
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private Redactor() {
    }

    /** Registers a key read from the environment. Very short values are skipped: masking them would garble text. */
    static void register(String secret) {
        if (secret != null && secret.length() >= 6) {
            SECRETS.add(secret);
        }
    }

    /** The text with every registered key masked. */
    static String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String s : SECRETS) {
            if (out.contains(s)) {
                out = out.replace(s, MASK);
            }
        }
        return out;
    }
}
