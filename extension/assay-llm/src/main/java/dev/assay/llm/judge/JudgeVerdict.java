package dev.assay.llm.judge;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.assay.api.Outcome;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code JudgeVerdict} is what a {@link Judge} concluded about one answer: every sample's score and
 * reasoning, how many samples could not be parsed, and what they add up to.
 *
 * <pre>{@code
 * JudgeVerdict v = judge.judge(question, reply.text(), c.expectedText());
 * v.recordTo(out);   // score "helpfulness", "helpfulness_consistency", "helpfulness_parse_failures"
 * }</pre>
 *
 * @param rubric the rubric's name
 * @param scores the parsed samples' scores (0–5), in sample order
 * @param reasonings the parsed samples' reasoning, parallel to {@code scores}
 * @param samples how many times the judge was asked
 * @param parseFailures samples whose reply held no score in 0–5 (counted, never guessed)
 * @param failures the unparseable replies (shortened), so a person can see what the judge said
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record JudgeVerdict(String rubric, List<Integer> scores, List<String> reasonings, int samples, int parseFailures,
                           List<String> failures) {

    /** The mean of the parsed scores, or NaN when no sample could be parsed. */
    public double score() {
        return scores.isEmpty() ? Double.NaN : scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }

    /**
     * Self-consistency: the share of parsed samples that gave the most common score (1 when every
     * sample agrees, 1/k when k samples all differ); NaN when nothing parsed.
     */
    public double consistency() {
        if (scores.isEmpty()) {
            return Double.NaN;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        scores.forEach(s -> counts.merge(s, 1, Integer::sum));
        return (double) counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow() / scores.size();
    }

    /** Whether at least one sample gave a score. */
    public boolean parsed() {
        return !scores.isEmpty();
    }

    /** The reasoning of every sample, with its score, for a person to read. */
    public String reasoningText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < scores.size(); i++) {
            sb.append(scores.size() > 1 ? "sample " + (i + 1) + ": " : "").append(scores.get(i)).append("/5 \u2014 ")
                    .append(reasonings.get(i)).append('\n');
        }
        for (String f : failures) {
            sb.append("unparseable reply: ").append(f).append('\n');
        }
        return sb.toString().strip();
    }

    /**
     * Records the verdict on the case: the mean score under the rubric's name (only when a sample
     * parsed: an unparsed case is left out of {@code score[NAME]}, not scored 0), its consistency
     * when sampled more than once, the parse failures always, and the reasoning as the case's
     * attachment {@code NAME_reasoning}.
     */
    public JudgeVerdict recordTo(Outcome out) {
        if (parsed()) {
            out.score(rubric, score());
            if (samples > 1) {
                out.score(rubric + "_consistency", consistency());
            }
        }
        out.score(rubric + "_parse_failures", parseFailures);
        out.attach(rubric + "_reasoning", reasoningText());
        return this;
    }
}
