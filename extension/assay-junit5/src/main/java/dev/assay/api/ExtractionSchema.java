package dev.assay.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * {@code @ExtractionSchema} is used to declare the JSON schema (draft 2020-12) that the predictions of a
 * benchmark's {@link Task#EXTRACTION extraction} models must satisfy; with it their summaries get
 * {@code schema_valid_rate} besides {@code json_valid_rate} and {@code field_accuracy}. The schema is
 * read and checked before any case runs and is kept in the run's {@code benchmarks.json}, so a
 * journal is re-scored against the schema the run used.
 *
 * <pre>{@code
 * @Benchmark("ticket-extraction")
 * @CaseSource("fixtures/datasets/tickets.jsonl")
 * @ExtractionSchema("fixtures/schemas/ticket.schema.json")
 * @Threshold(metric = "schema_valid_rate", min = 0.9)
 * class TicketExtraction { ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@API(status = EXPERIMENTAL, since = "0.1")
public @interface ExtractionSchema {

    /** The schema file, relative to the project root ({@code fixtures/schemas/ticket.schema.json}). */
    String value();
}
