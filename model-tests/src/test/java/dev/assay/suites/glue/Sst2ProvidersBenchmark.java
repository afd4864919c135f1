package dev.assay.suites.glue;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Outcome;
import dev.assay.api.Task;
import dev.assay.api.Threshold;
import dev.assay.llm.ChatClient;
import dev.assay.llm.ChatResponse;
import dev.assay.llm.Provider;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GLUE-format task: SST-2-style movie-review sentences ({@code fixtures/datasets/sst2-standin.tsv},
 * GLUE's {@code sentence<TAB>label} layout, written for this suite) classified by three providers
 * through their own protocols: Ollama (gemma3), Gemini and xAI Grok (OpenAI-compatible). A reply
 * naming neither label is recorded as {@code unparseable}, so it counts against
 * {@code success_rate} instead of being guessed.
 *
 * <p>CI replays {@code fixtures/recordings/sst2-providers.json}, a <b>stand-in recording</b>
 * ({@link Sst2StandIn}); the thresholds hold for the stand-in's answers.
 */
@Benchmark(value = "sst2-providers", positiveLabel = "1")
@CaseSource(value = "fixtures/datasets/sst2-standin.tsv", expected = "label")
@Threshold(metric = "accuracy", min = 0.8)
@Threshold(metric = "f1_macro", min = 0.8)
@Threshold(metric = "success_rate", min = 0.9)
class Sst2ProvidersBenchmark {

    static final String ASK = "Is the sentiment of this movie review sentence positive or negative? "
            + "Answer with one word.\n";
    private static final Pattern LABEL = Pattern.compile("\\b(positive|negative)\\b");

    /** 1 for positive, 0 for negative, from the first label word of the reply. */
    static void classify(BenchmarkCase c, Outcome out, ChatClient llm) {
        ChatResponse reply = llm.chat(ASK + c.text("sentence")).recordTo(out);
        Matcher m = LABEL.matcher(reply.text().toLowerCase(Locale.ROOT));
        if (m.find()) {
            out.predict(m.group(1).equals("positive") ? "1" : "0");
        } else {
            out.unparseable("reply names no label: [" + reply.text() + "]");
        }
    }

    @BenchmarkTest(model = "gemma3-ollama", task = Task.CLASSIFICATION)
    void gemma(BenchmarkCase c, Outcome out, @Provider(value = "ollama:gemma3:4b", temperature = 0) ChatClient llm) {
        classify(c, out, llm);
    }

    @BenchmarkTest(model = "gemini-2.5-flash", task = Task.CLASSIFICATION)
    void gemini(BenchmarkCase c, Outcome out,
                @Provider(value = "gemini:gemini-2.5-flash", temperature = 0) ChatClient llm) {
        classify(c, out, llm);
    }

    @BenchmarkTest(model = "grok-3-mini", task = Task.CLASSIFICATION)
    void grok(BenchmarkCase c, Outcome out, @Provider(value = "xai:grok-3-mini", temperature = 0) ChatClient llm) {
        classify(c, out, llm);
    }
}
