package dev.assay.suites.support;

import dev.assay.llm.ChatClient;
import dev.assay.llm.ChatClients;
import dev.assay.llm.ProviderMode;
import dev.assay.llm.generate.CaseGenerator;
import dev.assay.llm.generate.GenerationReport;
import java.nio.file.Path;
import java.util.Map;

/**
 * The seed's generation phase for the customer-service A/B: the generator (llama-3.3-70b) writes
 * candidate cases per topic, the validator (llama-3.1-8b) scores them 0–5, and those scoring 4 or more
 * become the datasets the two benchmarks run. Recorded once against the stand-in by
 * {@link StandInRecorder}; {@link CustomerServiceGenerationBenchmark} replays it in CI.
 */
public final class CustomerServiceCases {

    /** The conversation dataset. */
    public static final String CONVERSATIONS = "fixtures/datasets/customer-service-conversations.jsonl";
    /** The ticket (JSON) dataset. */
    public static final String TICKETS = "fixtures/datasets/customer-service-tickets.jsonl";

    private CustomerServiceCases() {
    }

    /**
     * Generates and validates both datasets under {@code root}.
     *
     * @param config provider configuration (base URLs of the stand-in when recording)
     * @param mode {@code record} against the stand-in, {@code replay} in CI
     * @param out where to write the datasets (the project root, or a scratch folder to compare)
     */
    public static GenerationReport[] generate(Path root, Path out, Map<String, String> config, ProviderMode mode) {
        return new GenerationReport[] {
                run(root, out, config, mode, CONVERSATIONS, "conversations", 3,
                        "Format: conversation. The prompt is a customer's message to an online shop; the expected "
                                + "value is the reply a good agent gives, in one or two sentences."),
                run(root, out, config, mode, TICKETS, "tickets", 3,
                        "Format: ticket. The prompt is a customer's message to an online shop; the expected value is "
                                + "the support ticket as a JSON object with intent, order_id (or null) and priority.")};
    }

    private static GenerationReport run(Path root, Path out, Map<String, String> config, ProviderMode mode,
                                        String dataset, String name, int perTopic, String instructions) {
        Path recordings = root.resolve("fixtures/recordings");
        try (ChatClient generator = ChatClients.builder("groq:" + SupportStandIn.GENERATOR).config(config).mode(mode)
                .recording(recordings.resolve("customer-service-generation-" + name + ".json"), "customer-service-generation").build();
             ChatClient validator = ChatClients.builder("groq:" + SupportStandIn.VALIDATOR).config(config).mode(mode)
                .recording(recordings.resolve("customer-service-validation-" + name + ".json"), "customer-service-validation").build()) {
            return CaseGenerator.builder(generator, validator).instructions(instructions)
                    .topics(SupportScenarios.TOPICS).perTopic(perTopic).threshold(4)
                    .idPrefix(name.equals("tickets") ? "ticket" : "conv").build().writeTo(out.resolve(dataset));
        }
    }
}
