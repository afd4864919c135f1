package dev.assay.suites.support;

import dev.assay.llm.ChatMessage;
import dev.assay.testkit.Responder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * What the stand-in server answers for the customer-service A/B, playing every model of the seed's
 * pipeline: the generator (llama-3.3-70b) writes the {@link SupportScenarios}, the validator and judge
 * (llama-3.1-8b) score with fixed rules, and the two candidates (mixtral-8x7b, gemma2-9b) answer with
 * a different, deterministic flaw in each round. The recordings made from it are stand-in recordings:
 * they exercise the pipeline, not the real models.
 */
public final class SupportStandIn implements Responder {

    static final String GENERATOR = "llama-3.3-70b-versatile";
    static final String VALIDATOR = "llama-3.1-8b-instant";
    static final String MODEL_A = "mixtral-8x7b-32768";
    static final String MODEL_B = "gemma2-9b-it";

    private static final Set<String> STOP = Set.of("i", "a", "an", "the", "to", "for", "and", "of", "your", "you",
            "is", "it", "in", "on", "at", "be", "will", "have", "am", "my", "with", "by", "can", "this", "that");

    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();

    @Override
    public String reply(String model, List<ChatMessage> messages) {
        String system = messages.stream().filter(m -> m.role().equals("system")).map(ChatMessage::content)
                .findFirst().orElse("");
        String user = messages.get(messages.size() - 1).content();
        int occurrence = seen.computeIfAbsent(model + "\u0000" + system + "\u0000" + user, k -> new AtomicInteger())
                .getAndIncrement();
        if (system.startsWith("You write test cases")) {
            return generate(system, user);
        }
        if (system.startsWith("You are a strict evaluator")) {
            return user.startsWith("QUESTION:\nIs this a good benchmark test case?") ? validate(user) : judge(user, occurrence);
        }
        SupportScenarios.Scenario s = SupportScenarios.mentionedIn(user).orElse(null);
        if (s == null) {
            return "I am not sure what you mean. Could you rephrase?";
        }
        return system.contains("JSON") ? ticket(model, s, occurrence % 3) : answer(model, s, occurrence % 3);
    }

    private static String generate(String system, String user) {
        String topic = user.substring("Topic: ".length(), user.indexOf(". Write"));
        int k = Integer.parseInt(user.replaceAll(".*Write test case (\\d+) of.*", "$1"));
        return SupportScenarios.of(topic, k).map(s -> system.contains("Format: ticket")
                        ? "{\"prompt\": " + json(s.message()) + ", \"expected\": " + ticketJson(s.ticket(), true) + "}"
                        : "{\"prompt\": " + json(s.message()) + ", \"expected\": " + json(s.golden()) + "}")
                .orElse("I have no more ideas for the topic " + topic + ".");
    }

    private static String validate(String user) {
        SupportScenarios.Scenario s = SupportScenarios.mentionedIn(user).orElse(null);
        if (s == null || s.vague()) {
            return "{\"score\": 2, \"reasoning\": \"The customer message is too vague to have one right answer.\"}";
        }
        return s.golden().length() > 105
                ? "{\"score\": 4, \"reasoning\": \"Realistic and correct; the golden reply is a little long.\"}"
                : "{\"score\": 5, \"reasoning\": \"Realistic, unambiguous, and the golden reply is complete.\"}";
    }

    /** Scores by how many of the reference's content words the answer has; every 8th answer gets prose without a score. */
    private static String judge(String user, int sample) {
        String answer = section(user, "ANSWER:\n", "\n\nREFERENCE ANSWER:\n");
        String reference = user.substring(user.indexOf("REFERENCE ANSWER:\n") + "REFERENCE ANSWER:\n".length());
        if ((answer.hashCode() & 7) == 0 && sample == 0) {
            return "The answer addresses the customer reasonably well.";
        }
        Set<String> ref = content(reference);
        Set<String> ans = content(answer);
        long hit = ref.stream().filter(ans::contains).count();
        double recall = ref.isEmpty() ? 1 : (double) hit / ref.size();
        int score = (int) Math.round(5 * recall);
        if (sample > 0 && recall > 0.45 && recall < 0.95) {
            score = Math.max(0, score - 1); // a second look is a little harsher on partial answers
        }
        return "{\"score\": " + score + ", \"reasoning\": \"The answer covers " + hit + " of " + ref.size()
                + " key points of the reference.\"}";
    }

    private static String answer(String model, SupportScenarios.Scenario s, int round) {
        String g = s.golden();
        if (model.equals(MODEL_B)) {
            return switch (round) {
                case 0 -> g;
                case 1 -> g.replace("I am sorry", "Sorry");
                default -> "Thanks for reaching out. " + g;
            };
        }
        String first = g.contains(". ") ? g.substring(0, g.indexOf(". ") + 1) : g;
        return switch (round) {
            case 0 -> first + " Anything else I can help with?";
            case 1 -> g.replace(" I have ", " we have ").replace(" today", "");
            default -> "Hello! " + g.toLowerCase(Locale.ROOT);
        };
    }

    private static String ticket(String model, SupportScenarios.Scenario s, int round) {
        Map<String, Object> t = s.ticket();
        if (model.equals(MODEL_B)) {
            if (round == 2 && "high".equals(t.get("priority"))) {
                Map<String, Object> wrong = new java.util.LinkedHashMap<>(t);
                wrong.put("priority", "normal");
                return ticketJson(wrong, true);
            }
            return ticketJson(t, true);
        }
        return switch (round) {
            case 0 -> "Here is the ticket: " + ticketJson(t, true);
            case 1 -> ticketJson(t, false);
            default -> ticketJson(t, true);
        };
    }

    /** The ticket as JSON; without nulls, a null order_id is left out (which the schema rejects). */
    static String ticketJson(Map<String, Object> t, boolean withNulls) {
        return t.entrySet().stream().filter(e -> withNulls || e.getValue() != null)
                .map(e -> json(e.getKey()) + ": " + (e.getValue() == null ? "null" : json(e.getValue().toString())))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static Set<String> content(String text) {
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty() && !STOP.contains(w)).collect(Collectors.toSet());
    }

    private static String section(String text, String from, String to) {
        int a = text.indexOf(from) + from.length();
        int b = text.indexOf(to, a);
        return b < 0 ? text.substring(a) : text.substring(a, b);
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
