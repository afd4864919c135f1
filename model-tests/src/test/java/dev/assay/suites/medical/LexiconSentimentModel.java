package dev.assay.suites.medical;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code LexiconSentimentModel} is used as a deterministic stand-in for an LLM that labels medical
 * forum posts: it looks up word stems per label and answers in text, {@code "Labels: a, b"}, which
 * the benchmark must parse like a real model's reply.
 *
 * <p>Two configurations play the seed report's models: {@link #baseline()} has a small lexicon, no
 * negation handling, and — like an untuned instruction model — answers in prose when it finds
 * nothing to label; {@link #fineTuned()} has a larger lexicon, skips stems negated
 * within three words ("not worried"), recognises irony cues, and always keeps the reply format.
 * Its lexicon was written with the benchmark's posts in view, as a model fine-tuned on the same
 * distribution would be, so its numbers are optimistic for unseen posts.
 */
final class LexiconSentimentModel {

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nothing", "without", "didn't",
            "don't", "did", "isn't", "wasn't");
    private static final Set<String> POSITIVE = Set.of("happiness", "delight", "inspiring", "calm", "compassion",
            "funny");
    private static final Set<String> NEGATIVE = Set.of("fear", "sadness", "disgust", "anger", "embarassing", "vulgar",
            "offensive", "ironic");

    private final Map<String, List<String>> lexicon;
    private final boolean negation;
    private final boolean strictFormat;
    private final List<String> ironyCues;

    private LexiconSentimentModel(Map<String, List<String>> lexicon, boolean negation, boolean strictFormat,
                                  List<String> ironyCues) {
        this.lexicon = lexicon;
        this.negation = negation;
        this.strictFormat = strictFormat;
        this.ironyCues = ironyCues;
    }

    /** The pre-trained model: a short lexicon, literal matching, loose output format. */
    static LexiconSentimentModel baseline() {
        Map<String, List<String>> lex = new LinkedHashMap<>();
        lex.put("positive", List.of("good", "great", "happy", "wonderful", "thank", "kind", "lovely", "amazing",
                "hope", "relief", "better"));
        lex.put("negative", List.of("bad", "terrible", "worst", "pain", "worse", "awful", "rude", "nobody",
                "hopeless", "disgusting", "died", "cancer"));
        lex.put("interesting", List.of("interesting"));
        lex.put("disgust", List.of("disgusting"));
        lex.put("happiness", List.of("happy"));
        lex.put("fear", List.of("afraid", "scared", "worried", "terrified", "anxious"));
        lex.put("sadness", List.of("sad", "miss"));
        lex.put("anger", List.of("angry", "furious"));
        lex.put("compassion", List.of("kindness", "compassion", "sorry"));
        lex.put("surprise", List.of("surprise"));
        lex.put("understandable", List.of("explained", "understand"));
        lex.put("calm", List.of("calm"));
        return new LexiconSentimentModel(lex, false, false, List.of());
    }

    /** The fine-tuned model: a domain lexicon, negation, irony cues, strict output format. */
    static LexiconSentimentModel fineTuned() {
        Map<String, List<String>> lex = new LinkedHashMap<>();
        lex.put("happiness", List.of("happy", "joy", "relief", "grateful", "laughed", "smiling"));
        lex.put("delight", List.of("delighted", "wonderful", "amazing", "joy", "finally"));
        lex.put("inspiring", List.of("inspir", "hope", "brave", "keep going"));
        lex.put("calm", List.of("calm", "safe", "gentle", "patient", "relief", "easier", "not worried",
                "did not hurt", "not feel any pain"));
        lex.put("surprise", List.of("surprise", "shock", "did not expect", "easier than"));
        lex.put("compassion", List.of("kindness", "compassion", "sorry for", "cared", "held my hand", "brave little",
                "stayed after", "thank you"));
        lex.put("fear", List.of("afraid", "scared", "terrified", "worried", "anxious", "nearly died", "what if"));
        lex.put("sadness", List.of("sad", "miss her", "passed away", "hopeless", "crying", "cried", "lost my",
                "last days", "alone", "work twelve"));
        lex.put("disgust", List.of("disgust", "filthy", "gross", "gag", "smelled", "vomit"));
        lex.put("anger", List.of("furious", "rude", "angry", "worst", "shame", "misdiagnosed", "blamed", "nobody",
                "useless", "hell", "stupid", "will not answer", "another"));
        lex.put("ironic", List.of());
        lex.put("embarassing", List.of("embarrass", "humiliat"));
        lex.put("vulgar", List.of("damn", "f***", "crap", "bloody", "cow"));
        lex.put("political", List.of("politic", "ministry", "minister", " mp ", "bill", "budget"));
        lex.put("interesting", List.of("interesting", "fascinating", "study", "learned", "tell me more",
                "more information"));
        lex.put("understandable", List.of("explained", "understand", "clear", "diagram", "professional"));
        lex.put("more", List.of("more about", "more information", "more details", "know more"));
        lex.put("offensive", List.of("stupid", "idiot cow", "cow", "f***"));
        lex.put("funny", List.of("laughed", "laughing", "joked"));
        return new LexiconSentimentModel(lex, true, true, List.of("oh great", "brilliant diagnosis", "yeah sure",
                "totally fine", "what a surprise", "funny how"));
    }

    /** The model's reply to a post. */
    String reply(String post) {
        String text = " " + post.toLowerCase(Locale.ROOT).replaceAll("[^a-z*' -]", " ") + " ";
        Set<String> labels = new LinkedHashSet<>();
        boolean ironic = ironyCues.stream().anyMatch(text::contains);
        if (ironic) {
            labels.add("ironic");
        }
        for (Map.Entry<String, List<String>> e : lexicon.entrySet()) {
            for (String stem : e.getValue()) {
                if (matches(text, stem)) {
                    labels.add(e.getKey());
                    break;
                }
            }
        }
        if (ironic) {
            // Irony turns the literal praise around: "brilliant diagnosis" is a complaint.
            labels.removeAll(List.of("happiness", "delight", "surprise", "funny"));
            labels.add("anger");
        }
        if (!strictFormat) {
            if (labels.isEmpty()) {
                return "This post expresses the patient's feelings about their treatment.";
            }
            return "Labels: " + String.join(", ", labels);
        }
        List<String> out = new ArrayList<>();
        boolean positive = labels.stream().anyMatch(POSITIVE::contains);
        boolean negative = labels.stream().anyMatch(NEGATIVE::contains) || matches(text, "did not help")
                || matches(text, "worse") || matches(text, "too short");
        if (positive && !negative) {
            out.add("positive");
        } else if (negative) {
            out.add("negative");
        }
        out.addAll(labels);
        return "Labels: " + (out.isEmpty() ? "none" : String.join(", ", out));
    }

    private boolean matches(String text, String stem) {
        int at = text.indexOf(stem);
        while (at >= 0) {
            if (!negation || !negated(text, at) || stem.contains(" ")) {
                return true;
            }
            at = text.indexOf(stem, at + 1);
        }
        return false;
    }

    /** Whether one of the three words before {@code at} negates it ("not worried", "no pain"). */
    private static boolean negated(String text, int at) {
        String[] before = text.substring(0, at).trim().split("\\s+");
        for (int i = Math.max(0, before.length - 3); i < before.length; i++) {
            if (NEGATORS.contains(before[i])) {
                return true;
            }
        }
        return false;
    }
}
