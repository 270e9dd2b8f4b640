package org.pactwatch.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Dispatches {@code java -jar pactwatch.jar <command> …} to its picocli command. */
@Command(
        name = "pactwatch",
        mixinStandardHelpOptions = true,
        description = "Pactwatch command-line tools. Run without a command to start the web application.",
        subcommands = {
            UsersCommand.class,
            ExtractCommand.class,
            EvaluateCommand.class,
            BenchmarkCommand.class,
            IngestCommand.class,
            ReindexCommand.class,
            DbUpgradeCommand.class,
            TrainScorerCommand.class
        })
public final class PactwatchCli {

    /** Exit code for bad usage, as in the extract contract. */
    public static final int USAGE = 2;

    /** Whether the arguments name a CLI command (or ask for help), so the jar runs the CLI and not the web app. */
    public static boolean handles(String[] args) {
        if (args.length == 0) {
            return false;
        }
        Set<String> names = new CommandLine(new PactwatchCli()).getSubcommands().keySet();
        return names.contains(args[0]) || args[0].equals("--help") || args[0].equals("help");
    }

    /** Runs a command; {@code application} is the Spring Boot class that database-backed commands start. */
    public static int run(String[] args, Class<?> application) {
        SpringContext.application = application;
        String[] effective = args[0].equals("help") ? new String[] {"--help"} : args;
        return commandLine(CommandLine.defaultFactory()).execute(effective);
    }

    /** The configured command line; tests pass a factory to give commands their own stdin. */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new PactwatchCli(), factory);
        cli.setExitCodeExceptionMapper(e -> 1);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("pactwatch: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return USAGE;
        });
        return cli;
    }
}
