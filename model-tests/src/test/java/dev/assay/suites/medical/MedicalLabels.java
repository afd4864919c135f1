package dev.assay.suites.medical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code MedicalLabels} is used to hold the 21 labels of the medical-sentiment task and to parse a
 * model's raw reply ({@code "Labels: negative, fear"}) into a label list. A reply that does not
 * follow that form, or names a label outside the 21, cannot be parsed: the benchmark records it
 * with {@code out.unparseable(...)}, so it counts against {@code success_rate} instead of being
 * silently scored as "no labels".
 */
final class MedicalLabels {

    /** The labels, in the order the seed report lists them (its spelling of "embarassing" kept). */
    static final List<String> ALL = List.of("positive", "negative", "happiness", "delight", "inspiring", "calm",
            "surprise", "compassion", "fear", "sadness", "disgust", "anger", "ironic", "embarassing", "vulgar",
            "political", "interesting", "understandable", "more", "offensive", "funny");

    private static final Set<String> KNOWN = Set.copyOf(ALL);
    private static final Pattern REPLY = Pattern.compile("^\\s*labels\\s*:\\s*(.*?)\\s*\\.?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private MedicalLabels() {
    }

    /** The labels of a reply, or empty when the reply is not {@code Labels: a, b} over known labels. */
    static Optional<List<String>> parse(String reply) {
        Matcher m = REPLY.matcher(reply);
        if (!m.matches()) {
            return Optional.empty();
        }
        String body = m.group(1).trim();
        List<String> labels = new ArrayList<>();
        if (body.isEmpty() || body.equalsIgnoreCase("none")) {
            return Optional.of(labels);
        }
        for (String part : body.split(",")) {
            String label = part.trim().toLowerCase(Locale.ROOT);
            if (!KNOWN.contains(label)) {
                return Optional.empty();
            }
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }
        return Optional.of(labels);
    }
}
