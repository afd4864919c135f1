package dev.assay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.report.contract.ContractValidator;
import dev.assay.report.contract.SchemaCompatibility;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code CheckCommand} ({@code assay check}) validates journals and summaries against the contract
 * schemas shipped in Assay's jar, or against another copy of them ({@code --schemas DIR}); in that
 * case it first checks that the shipped schemas still keep every promise of that copy.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate journals (*.jsonl) and summary.json files against the contract schemas; "
                + "exit 1 on any problem.")
final class CheckCommand implements Callable<Integer> {

    @Option(names = "--schemas", paramLabel = "DIR",
            description = "A folder holding case-record.schema.json and summary.schema.json to validate against "
                    + "(default: the copies in Assay's jar). The shipped copies must keep every field of these.")
    Path schemas;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Journals and summaries, or folders searched for them.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        List<String> problems = new ArrayList<>();
        ContractValidator validator = ContractValidator.shipped();
        if (schemas != null) {
            ObjectMapper mapper = new ObjectMapper();
            for (String name : List.of(ContractValidator.CASE_RECORD_SCHEMA, ContractValidator.SUMMARY_SCHEMA)) {
                JsonNode published = mapper.readTree(schemas.resolve(name).toFile());
                SchemaCompatibility.problems(published, ContractValidator.resource(name))
                        .forEach(p -> problems.add("shipped " + name + " breaks " + schemas.resolve(name) + ": " + p));
            }
            validator = ContractValidator.fromFolder(schemas);
        }
        ContractValidator.Report report = validator.check(paths.toArray(Path[]::new));
        problems.addAll(report.problems());
        problems.forEach(System.out::println);
        System.out.println("contracts: " + report.checked() + " objects checked, " + problems.size() + " problems");
        return problems.isEmpty() && report.checked() > 0 ? 0 : 1;
    }
}
