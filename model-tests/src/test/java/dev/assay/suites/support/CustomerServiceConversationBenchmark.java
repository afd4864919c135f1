package dev.assay.suites.support;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Compare;
import dev.assay.api.Outcome;
import dev.assay.api.Task;
import dev.assay.api.Threshold;
import dev.assay.llm.ChatClient;
import dev.assay.llm.ChatResponse;
import dev.assay.llm.Provider;
import dev.assay.llm.judge.Judge;
import dev.assay.llm.judge.Rubric;

/**
 * The seed's customer-service A/B, conversation half: two Groq models answer the generated and
 * validated customer messages ({@code customer-service-conversations.jsonl}, made by
 * {@link StandInRecorder} with the generator/validator pipeline), three rounds each. Replies are scored
 * against the golden reply with BLEU, WER and Jaccard, and by a judge model with a helpfulness rubric,
 * sampled twice for its self-consistency; the paired comparison says whether gemma2 beats mixtral.
 *
 * <p>CI replays {@code fixtures/recordings/customer-service-conversation.json}, a <b>stand-in
 * recording</b> ({@link SupportStandIn}): the thresholds hold for the stand-in's deterministic
 * replies and show the suite works end to end; they say nothing about the real models.
 */
@Benchmark("customer-service-conversation")
@CaseSource("fixtures/datasets/customer-service-conversations.jsonl")
@Threshold(metric = "success_rate", min = 1)
@Threshold(metric = "bleu", min = 40)
@Threshold(metric = "wer", max = 0.6)
@Threshold(metric = "jaccard", min = 0.5)
@Threshold(metric = "score[helpfulness]", min = 3)
@Threshold(metric = "score[helpfulness]", min = 4.5, model = "gemma2")
@Compare(baseline = "mixtral", candidate = "gemma2")
class CustomerServiceConversationBenchmark {

    static final String AGENT = "You are a friendly customer-service agent for an online shop. Answer the "
            + "customer in one or two sentences.";

    static final Rubric HELPFULNESS = Rubric.of("helpfulness", String.join("\n",
            "5: resolves the customer's request as completely as the reference answer, politely",
            "3: helpful but misses a key point of the reference answer",
            "1: barely addresses the request",
            "0: wrong, rude or off-topic"));

    private static void answer(BenchmarkCase c, Outcome out, ChatClient llm, ChatClient judgeModel) {
        ChatResponse reply = llm.chat(c.text("prompt")).recordTo(out);
        out.predict(reply.text());
        Judge.of(judgeModel, HELPFULNESS).samples(2).judge(c.text("prompt"), reply.text(), c.expectedText())
                .recordTo(out);
    }

    @BenchmarkTest(model = "mixtral", task = Task.GENERATION, rounds = 3)
    void mixtral(BenchmarkCase c, Outcome out,
                 @Provider(value = "groq:" + SupportStandIn.MODEL_A, temperature = 0.7, system = AGENT) ChatClient llm,
                 @Provider(value = "groq:" + SupportStandIn.VALIDATOR, temperature = 0.3) ChatClient judge) {
        answer(c, out, llm, judge);
    }

    @BenchmarkTest(model = "gemma2", task = Task.GENERATION, rounds = 3)
    void gemma2(BenchmarkCase c, Outcome out,
                @Provider(value = "groq:" + SupportStandIn.MODEL_B, temperature = 0.7, system = AGENT) ChatClient llm,
                @Provider(value = "groq:" + SupportStandIn.VALIDATOR, temperature = 0.3) ChatClient judge) {
        answer(c, out, llm, judge);
    }
}
