package dev.assay.suites.glue;

import dev.assay.llm.ChatMessage;
import dev.assay.testkit.Responder;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the stand-in server answers for the SST-2 suite: a word-list sentiment classifier, played as
 * three models with different habits. gemma3 ignores negation and shrugs at questions (an
 * unparseable reply); Gemini handles negation and answers with a capital and a full stop; Grok
 * handles negation but explains itself in a sentence. Recordings made from it are stand-in
 * recordings: they test the suite's plumbing and parsing, not the real models.
 */
public final class Sst2StandIn implements Responder {

    private static final Set<String> POSITIVE = Set.of("warm", "funny", "beautifully", "moving", "wonderful", "bad",
            "charming", "clever", "brilliant", "enchanting", "delightful", "gripping", "fun", "stunning", "heartfelt",
            "honest", "joy", "sharp", "terrific", "entertaining", "smart", "touching", "inspiring", "engaging",
            "lovely", "superb", "fresh", "great", "grateful", "good", "better");
    private static final Set<String> NEGATIVE = Set.of("dull", "flat", "tedious", "mess", "bored", "clumsy", "awful",
            "predictable", "lifeless", "forgettable", "thin", "crude", "weak", "terrible", "ugly", "cynical", "waste",
            "slow", "confusing", "cold", "dreadful", "charmless", "nothing", "muddled", "joyless", "obvious",
            "wooden", "disappointing", "hollow", "irritating", "ordinary", "flaws", "bad");

    @Override
    public String reply(String model, List<ChatMessage> messages) {
        String prompt = messages.get(messages.size() - 1).content();
        String sentence = prompt.substring(prompt.lastIndexOf('\n') + 1).toLowerCase(Locale.ROOT);
        boolean gemma = model.startsWith("gemma");
        if (gemma && sentence.endsWith("?")) {
            return "It is hard to say without more context.";
        }
        boolean positive = score(sentence, !gemma) >= 0;
        if (model.startsWith("gemini")) {
            return positive ? "Positive." : "Negative.";
        }
        if (model.startsWith("grok")) {
            return "The sentiment of this sentence is " + (positive ? "positive" : "negative") + ".";
        }
        return positive ? "positive" : "negative";
    }

    /** Positive minus negative words; with negation, a word after "not" or "never" counts the other way. */
    private static int score(String sentence, boolean negation) {
        String[] words = sentence.split("[^a-z]+");
        int score = 0;
        boolean negated = false;
        for (String w : words) {
            if (negation && (w.equals("not") || w.equals("never") || w.equals("rarely") || w.equals("cannot"))) {
                negated = true;
                continue;
            }
            int v = (POSITIVE.contains(w) && !w.equals("bad") ? 1 : 0) - (NEGATIVE.contains(w) ? 1 : 0);
            if (v != 0) {
                score += negated ? -v : v;
                negated = false;
            }
        }
        return score;
    }
}
