package dev.assay.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code AssayCli} is the command line: {@code java -jar assay-cli.jar report ...} rebuilds
 * summaries from run journals, so stored outputs can be merged, re-scored and re-thresholded
 * without calling a model again; {@code check} validates journals and summaries against the contracts;
 * {@code history} prints metric trends.
 */
@Command(name = "assay", mixinStandardHelpOptions = true, version = "assay 0.1.0",
        description = "Model benchmarks as JUnit 5 tests: tools over run journals.",
        subcommands = {ReportCommand.class, MergeCommand.class, CheckCommand.class, HistoryCommand.class})
@API(status = INTERNAL, since = "0.1")
public final class AssayCli implements Runnable {

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (0 ok, 1 a threshold failed, 2 bad usage or input). */
    public static int run(String... args) {
        return new CommandLine(new AssayCli()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("assay: " + e.getMessage());
            return 2;
        }).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
