package dev.assay.suites.support;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Compare;
import dev.assay.api.ExtractionSchema;
import dev.assay.api.Outcome;
import dev.assay.api.Task;
import dev.assay.api.Threshold;
import dev.assay.llm.ChatClient;
import dev.assay.llm.Provider;

/**
 * The seed's customer-service A/B, JSON half: both Groq models turn generated customer messages into
 * support tickets ({@code customer-service-tickets.jsonl}), three rounds each. The raw reply is the
 * prediction, so a ticket wrapped in prose counts against {@code json_valid_rate}; each ticket is
 * checked against {@code fixtures/schemas/support-ticket.schema.json} and field by field against the
 * golden ticket.
 *
 * <p>CI replays {@code fixtures/recordings/customer-service-tickets.json}, a <b>stand-in recording</b>
 * ({@link SupportStandIn}).
 */
@Benchmark("customer-service-tickets")
@CaseSource("fixtures/datasets/customer-service-tickets.jsonl")
@ExtractionSchema("fixtures/schemas/support-ticket.schema.json")
@Threshold(metric = "json_valid_rate", min = 0.6)
@Threshold(metric = "schema_valid_rate", min = 0.5)
@Threshold(metric = "field_accuracy", min = 0.6)
@Threshold(metric = "schema_valid_rate", min = 0.95, model = "gemma2")
@Compare(baseline = "mixtral", candidate = "gemma2")
class CustomerServiceTicketBenchmark {

    static final String EXTRACT = "Extract a support ticket from the customer's message. Reply with JSON only: "
            + "{\"intent\": one of refund, delivery_status, replacement, account_access, cancellation, "
            + "billing_dispute, address_change; \"order_id\": the order or subscription id, or null; "
            + "\"priority\": low, normal or high}.";

    @BenchmarkTest(model = "mixtral", task = Task.EXTRACTION, rounds = 3)
    void mixtral(BenchmarkCase c, Outcome out,
                 @Provider(value = "groq:" + SupportStandIn.MODEL_A, temperature = 0.7, system = EXTRACT) ChatClient llm) {
        out.predict(llm.chat(c.text("prompt")).recordTo(out).text());
    }

    @BenchmarkTest(model = "gemma2", task = Task.EXTRACTION, rounds = 3)
    void gemma2(BenchmarkCase c, Outcome out,
                @Provider(value = "groq:" + SupportStandIn.MODEL_B, temperature = 0.7, system = EXTRACT) ChatClient llm) {
        out.predict(llm.chat(c.text("prompt")).recordTo(out).text());
    }
}
