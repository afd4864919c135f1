package dev.assay.cli;

import picocli.CommandLine.Command;

/**
 * {@code MergeCommand} ({@code assay merge}) joins the journals of a sharded run (each CI job ran
 * {@code assay.shard=K/N}) into one run: its summary, exports and verdicts, with the exit code an
 * unsharded run would have had. It is {@code assay report} under the name CI recipes use.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Join the journals of a sharded run into one: summary, exports, verdicts and a CI exit code.",
                "Exit 0: every threshold, comparison and baseline holds; 1: one failed; 2: bad input (a case in two journals, "
                        + "an unknown benchmark, model or metric); 3: a shard or cases missing, unless --allow-incomplete."})
final class MergeCommand extends ReportCommand {
}
